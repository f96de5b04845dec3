package org.partnersandbox.suite.actors;

import java.util.Optional;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.support.NotRun;
import org.partnersandbox.suite.support.SuiteConfig;

/**
 * The live sandbox's accounts, from configuration: {@code sandbox.<role>.tenantId}, {@code .clientId},
 * {@code .clientSecret}, {@code .userName}, {@code .password} (secrets from the environment), plus
 * optional {@code .name}, {@code .partnerId} and {@code .country}. A role left unconfigured makes
 * the scenarios that need it not-run; a production account is never used, so that a live run
 * cannot write to an account that is not a sandbox.
 */
public final class ConfiguredPartnerDirectory implements PartnerDirectory {

    private final SuiteConfig config;

    public ConfiguredPartnerDirectory(SuiteConfig config) {
        this.config = config;
    }

    @Override
    public PartnerAccount provide(PartnerRole role) {
        if (role != PartnerRole.INDIRECT_PROVIDER && role != PartnerRole.DIRECT_BILL_PARTNER) {
            throw NotRun.because("the live target does not act as a " + role.description()
                    + ": a live run only uses the configured sandbox accounts");
        }
        String prefix = "sandbox." + role.key() + ".";
        return new PartnerAccount(role, true,
                needed(prefix + "tenantId", role),
                config.optional(prefix + "name").orElse(role.description()),
                config.optional(prefix + "partnerId").orElse(""),
                config.optional(prefix + "country").orElse("US"),
                needed(prefix + "clientId", role),
                Secret.of(needed(prefix + "clientSecret", role)),
                needed(prefix + "userName", role),
                Secret.of(needed(prefix + "password", role)));
    }

    private String needed(String key, PartnerRole role) {
        Optional<String> value = config.optional(key);
        return value.orElseThrow(() -> NotRun.because("set " + key + " (or " + SuiteConfig.environmentName(key)
                + ") to run scenarios that need a " + role.description()));
    }
}
