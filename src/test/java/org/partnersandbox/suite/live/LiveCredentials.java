package org.partnersandbox.suite.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;

/**
 * The live roles' credentials, from configuration (secrets from the environment only):
 * {@code sandbox.<role>.tenantId}, {@code .clientId}, {@code .clientSecret} or {@code .certificatePath}
 * (+ {@code .certificatePassword}), {@code .refreshToken}; optional {@code .name}, {@code .partnerId},
 * {@code .country}. A role without a tenant id is not configured: its scenarios are not-run.
 */
public final class LiveCredentials {

    /** The roles a live run may act as, in the order they are reported. */
    public static final List<PartnerRole> ROLES = List.of(PartnerRole.INDIRECT_PROVIDER,
            PartnerRole.DIRECT_BILL_PARTNER, PartnerRole.INDIRECT_RESELLER, PartnerRole.PRODUCTION_ACCOUNT);

    private final SuiteConfig config;
    private final Map<PartnerRole, RoleCredentials> configured = new EnumMap<>(PartnerRole.class);

    public LiveCredentials(SuiteConfig config) {
        this.config = config;
        for (PartnerRole role : ROLES) {
            config.optional(key(role, "tenantId")).ifPresent(tenant -> configured.put(role, read(role, tenant)));
        }
    }

    public static String key(PartnerRole role, String field) {
        return "sandbox." + role.key() + "." + field;
    }

    /** The configured roles (those with a tenant id). */
    public Map<PartnerRole, RoleCredentials> configured() {
        return Map.copyOf(configured);
    }

    public Optional<RoleCredentials> of(PartnerRole role) {
        return Optional.ofNullable(configured.get(role));
    }

    /**
     * The role's credentials for a token of {@code kind}, or the environment variable to set: the
     * reason a scenario is not-run ("no credentials for indirectProvider (set SANDBOX_...)").
     */
    public RoleCredentials forToken(PartnerRole role, TokenKind kind) throws MissingCredentials {
        RoleCredentials credentials = configured.get(role);
        if (credentials == null) {
            throw missing(role, "tenantId");
        }
        if (credentials.clientId().isEmpty()) {
            throw missing(role, "clientId");
        }
        if (credentials.clientSecret().isEmpty() && credentials.certificate().isEmpty()) {
            throw missing(role, "clientSecret");
        }
        if (kind == TokenKind.APP_USER && credentials.refreshToken().isEmpty()) {
            throw missing(role, "refreshToken");
        }
        return credentials;
    }

    /** Why a role cannot be used, in the words of the capability report. */
    public static final class MissingCredentials extends Exception {
        MissingCredentials(String message) {
            super(message, null, false, false);
        }
    }

    private static MissingCredentials missing(PartnerRole role, String field) {
        return new MissingCredentials("no credentials for " + role.key() + " (set "
                + SuiteConfig.environmentName(key(role, field)) + ")");
    }

    private RoleCredentials read(PartnerRole role, String tenantId) {
        Optional<Path> certificate = config.optional(key(role, "certificatePath")).map(Path::of);
        certificate.ifPresent(file -> {
            if (!Files.isReadable(file)) {
                throw new ConfigurationException("set " + SuiteConfig.described(key(role, "certificatePath"))
                        + " to a readable PKCS#12 file; got '" + file + "'");
            }
        });
        return new RoleCredentials(role, tenantId,
                config.optional(key(role, "clientId")).orElse(""),
                config.optional(key(role, "clientSecret")).map(Secret::of),
                certificate,
                config.optional(key(role, "certificatePassword")).map(Secret::of),
                config.optional(key(role, "refreshToken")).map(Secret::of),
                config.optional(key(role, "name")).orElse(role.description()),
                config.optional(key(role, "partnerId")).orElse(""),
                config.optional(key(role, "country")).orElse("US"));
    }
}
