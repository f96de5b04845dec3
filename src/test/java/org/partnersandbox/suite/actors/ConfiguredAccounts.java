package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.live.LiveRun;

/**
 * The live sandbox's accounts, from configuration (live/LiveCredentials: {@code sandbox.<role>.*},
 * secrets from the environment). A role left unconfigured makes the scenarios that need it
 * not-run ("no credentials for indirectProvider (set SANDBOX_INDIRECTPROVIDER_TENANTID)"). The
 * production account is only ever configured for the refusal scenarios; what it may send is
 * limited by live/LiveCallWatch.
 */
public final class ConfiguredAccounts implements AccountSource {

    private final LiveRun run;

    public ConfiguredAccounts(LiveRun run) {
        this.run = run;
    }

    @Override
    public PartnerAccount provide(PartnerRole role) {
        return run.account(role);
    }
}
