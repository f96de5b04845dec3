package org.partnersandbox.suite.live;

import java.util.Locale;
import java.util.Map;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;

/**
 * The check made before the first request of a live run: every configured sandbox role's tenant
 * must be listed in {@code live.allowedTenants} (the tenants the user declares integration
 * sandboxes); otherwise the run stops with one line and sends nothing.
 *
 * <p>The production account is the exception, on purpose the other way round: it exists only for
 * the refusal scenarios (a production account is refused sandbox-only calls, error 6002), so its
 * tenant must NOT be on the list, and it must not be one of the sandbox roles' tenants. Listing it
 * would declare production a sandbox, which is exactly the mistake this check is there to catch.
 * What it may send is limited separately ({@link LiveCallWatch}).
 */
public final class SandboxDeclaration {

    private SandboxDeclaration() {
    }

    public static void check(LiveCredentials credentials, LiveSettings settings) {
        Map<PartnerRole, RoleCredentials> roles = credentials.configured();
        if (roles.keySet().stream().anyMatch(role -> role != PartnerRole.PRODUCTION_ACCOUNT) && settings.allowedTenants().isEmpty()) {
            throw new ConfigurationException("set " + SuiteConfig.described(LiveSettings.ALLOWED_TENANTS)
                    + " to the tenant ids of your integration-sandbox accounts; no request was made");
        }
        roles.forEach((role, creds) -> {
            String tenantKey = SuiteConfig.described(LiveCredentials.key(role, "tenantId"));
            if (role == PartnerRole.PRODUCTION_ACCOUNT) {
                if (settings.isDeclaredSandbox(creds.tenantId())) {
                    throw new ConfigurationException(tenantKey + " = " + creds.tenantId() + " is listed in "
                            + LiveSettings.ALLOWED_TENANTS + ": the production account must never be declared a sandbox;"
                            + " remove it from the list; no request was made");
                }
                roles.forEach((other, otherCreds) -> {
                    if (other != role && otherCreds.tenantId().toLowerCase(Locale.ROOT)
                            .equals(creds.tenantId().toLowerCase(Locale.ROOT))) {
                        throw new ConfigurationException(tenantKey + " is the same tenant as "
                                + LiveCredentials.key(other, "tenantId") + ": the production account cannot be a sandbox"
                                + " role's account; no request was made");
                    }
                });
            } else if (!settings.isDeclaredSandbox(creds.tenantId())) {
                throw new ConfigurationException(tenantKey + " = " + creds.tenantId() + " is not declared a sandbox:"
                        + " add it to " + SuiteConfig.described(LiveSettings.ALLOWED_TENANTS)
                        + " if it is an integration-sandbox account; no request was made");
            }
        });
    }
}
