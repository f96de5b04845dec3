package org.partnersandbox.suite.live;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnersandbox.suite.config.SuiteConfig;

/**
 * The live target's own settings: which tenants are declared integration sandboxes, where the
 * ledger of created resources is kept, the certificate to trust (a local emulator only), the name
 * prefix of everything a run creates, and the sandbox indirect reseller quota.
 */
public record LiveSettings(Set<String> allowedTenants, Path ledgerDir, Optional<Path> trustCertificate,
                           String namePrefix, int indirectResellerQuota) {

    public static final String ALLOWED_TENANTS = "live.allowedTenants";
    public static final String LEDGER_DIR = "live.ledgerDir";
    public static final String TRUST_CERTIFICATE = "live.trustCertificate";
    public static final String NAME_PREFIX = "live.namePrefix";
    public static final String IR_QUOTA = "live.quota.indirectResellers";

    public static LiveSettings from(SuiteConfig config) {
        Set<String> allowed = config.optional(ALLOWED_TENANTS)
                .map(list -> Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        String prefix = config.optional(NAME_PREFIX).orElse("psa");
        if (!prefix.matches("[a-z][a-z0-9]{1,9}")) {
            throw new org.partnersandbox.suite.config.ConfigurationException("set " + SuiteConfig.described(NAME_PREFIX)
                    + " to 2-10 lower-case letters and digits, starting with a letter; got '" + prefix + "'");
        }
        return new LiveSettings(allowed,
                Path.of(config.optional(LEDGER_DIR).orElse("ledger")),
                config.optional(TRUST_CERTIFICATE).map(Path::of),
                prefix,
                (int) config.number(IR_QUOTA, 5));
    }

    public boolean isDeclaredSandbox(String tenantId) {
        return allowedTenants.contains(tenantId.toLowerCase(Locale.ROOT));
    }
}
