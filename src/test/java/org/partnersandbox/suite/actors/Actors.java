package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.support.SandboxRun;
import org.partnersandbox.suite.support.ScenarioContext;

/** Casts the partner accounts of one scenario (picocontainer gives each scenario its own). */
public final class Actors {

    private final ScenarioContext context;
    private final SandboxRun run;
    private final ScenarioHttp http;
    private final PartnerDirectory directory;

    public Actors(ScenarioContext context) {
        this.context = context;
        this.run = SandboxRun.current();
        this.http = new ScenarioHttp(run.baseUrl(), context.transcript(), run.httpSettings());
        this.directory = run.partnerDirectory(http);
    }

    /** A new actor of {@code role}, who becomes the scenario's current actor ("it" in the steps). */
    public Actor cast(PartnerRole role) {
        var account = directory.provide(role);
        Actor actor = new Actor(account, new PartnerCenterApi(http, run.tokens(), account, TokenKind.APP_USER, context.calls(),
                run.callWatch()));
        context.actAs(actor);
        return actor;
    }
}
