package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.NotRun;

/** Casts the partner accounts of one scenario (picocontainer gives each scenario its own). */
public final class Actors {

    private final ScenarioContext context;
    private final SandboxRun run;
    private final ScenarioHttp http;
    private final AccountSource accounts;

    public Actors(ScenarioContext context) {
        this.context = context;
        this.run = SandboxRun.current();
        this.http = new ScenarioHttp(run.baseUrl(), context.transcript(), run.httpSettings());
        this.accounts = run.accountSource(context.transcript());
    }

    /** A new actor of {@code role}, who becomes the scenario's current actor ("it" in the steps). */
    public Actor cast(PartnerRole role) {
        return castAs(accounts.provide(role));
    }

    /** As {@link #cast}, with a user who signs in with a password only, no second factor. */
    public Actor castSignedInWithoutMfa(PartnerRole role) {
        return castAs(accounts.provideSignedInWithoutMfa(role));
    }

    private Actor castAs(PartnerAccount account) {
        Actor actor = new Actor(account, new PartnerCenterApi(http, run.tokens(), account, TokenKind.APP_USER, context.calls(),
                run.callWatch()));
        context.actAs(actor);
        return actor;
    }

    /**
     * A sandbox indirect reseller signed in with its own admin account, the one its create call
     * returned (IR-05, IR-06). It has no app registration of its own: the emulator takes its
     * provider's app id for the password grant. It does not become "it". The live target has no
     * such user sign-in for a reseller made during the run, so there the scenario is not-run.
     */
    public Actor indirectReseller(IndirectReseller reseller, Actor provider) {
        if (run.target() != Target.EMULATOR) {
            throw NotRun.because("signing in as a sandbox indirect reseller created during the run needs a user"
                    + " sign-in (with MFA) for its new admin account, which the live target does not configure");
        }
        PartnerAccount own = provider.account();
        PartnerAccount account = new PartnerAccount(PartnerRole.INDIRECT_RESELLER, true, reseller.tenantId(),
                reseller.describe(), reseller.mpnId(), own.country(), own.clientId(), Secret.of(""),
                reseller.adminUserAccount(), reseller.adminPassword());
        return new Actor(account, new PartnerCenterApi(http, run.tokens(), account, TokenKind.APP_USER, context.calls()));
    }

    /** The same actor, sending a token whose signature is not the issuer's (IR-26). */
    public Actor withForgedToken(Actor actor) {
        PartnerCenterApi api = actor.partnerCenter();
        return new Actor(actor.account(), api.withTokens(UnauthorizedTokens.forged(run.tokens())));
    }

    /** The same actor, sending a genuine token that has expired (IR-26); only the emulator can mint one. */
    public Actor withExpiredToken(Actor actor) {
        if (run.target() != Target.EMULATOR) {
            throw NotRun.because("an expired token can only be minted by the emulator; the live token endpoint"
                    + " issues valid tokens only");
        }
        PartnerCenterApi api = actor.partnerCenter();
        return new Actor(actor.account(), api.withTokens(UnauthorizedTokens.expiredFromEmulator(http)));
    }
}
