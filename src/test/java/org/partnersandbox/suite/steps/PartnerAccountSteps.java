package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.NotRun;

/** Who acts in a scenario. Each Given casts a new account, which "it" then refers to. */
public final class PartnerAccountSteps {

    private final ScenarioContext context;
    private final Actors actors;

    public PartnerAccountSteps(ScenarioContext context, Actors actors) {
        this.context = context;
        this.actors = actors;
    }

    @Given("a sandbox indirect provider")
    public void a_sandbox_indirect_provider() {
        Actor provider = actors.cast(PartnerRole.INDIRECT_PROVIDER);
        assertThat(provider.account().sandbox())
                .as(context.about(provider.describe() + " is declared a sandbox account"))
                .isTrue();
    }

    @Given("a sandbox direct bill partner")
    public void a_sandbox_direct_bill_partner() {
        Actor partner = actors.cast(PartnerRole.DIRECT_BILL_PARTNER);
        assertThat(partner.account().sandbox())
                .as(context.about(partner.describe() + " is declared a sandbox account"))
                .isTrue();
    }

    /** Production rules only (RR-P1, RR-P2): no target offers the suite such an account. */
    @Given("a direct bill partner whose account is not a sandbox")
    public void a_direct_bill_partner_whose_account_is_not_a_sandbox() {
        throw NotRun.because("no target gives the suite a production direct bill partner: the emulator's only"
                + " production account is an indirect provider, and a live run never acts as a production account");
    }

    /** Production rules only (RR-P6, RR-P7): no target offers the suite such an account. */
    @Given("an indirect reseller whose account is not a sandbox")
    public void an_indirect_reseller_whose_account_is_not_a_sandbox() {
        throw NotRun.because("no target gives the suite a production indirect reseller: the emulator's only"
                + " production account is an indirect provider, and a live run never acts as a production account");
    }

    @Given("an indirect provider whose account is not a sandbox")
    public void an_indirect_provider_whose_account_is_not_a_sandbox() {
        Actor production = actors.cast(PartnerRole.PRODUCTION_ACCOUNT);
        assertThat(production.account().sandbox())
                .as(context.about(production.describe() + " is not a sandbox account"))
                .isFalse();
    }

    /** From here on, "it" calls Partner Center with a token of {@code kind} (RR-01: both kinds work). */
    @Given("it works with an {tokenKind} token")
    public void it_works_with_a_token_of_kind(TokenKind kind) {
        Actor current = context.actor();
        context.actAs(new Actor(current.account(), current.partnerCenter().with(kind)));
        assertThat(context.actor().partnerCenter().tokenClaims().kind())
                .as(context.about("the kind of token its claims describe, for " + current.describe())).isEqualTo(kind);
    }
}
