package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.EmulatorFaults;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.client.RetryBudgetSpent;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/**
 * the client rides out injected 429s and 503s (same request id, no duplicate) and fails
 * clearly when they outlast its retries. Faults are armed for the scenario's own provider only,
 * so scenarios running side by side never hit each other's faults.
 */
public final class ResilienceSteps {

    private static final String CREATE_RESELLER = "/v1/sandboxIndirectReseller";
    /** More than any retry budget the suite is configured with: "every request" while the scenario lasts. */
    private static final int EVERY = 50;

    private final ScenarioContext context;
    private EmulatorFaults faults;
    private EmulatorFaults.Fault fault;
    private Throwable failure;

    public ResilienceSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("Partner Center will throttle its next {int} requests to create an indirect reseller, asking to wait {int} second(s)")
    public void partner_center_will_throttle_its_next_requests(int times, int seconds) {
        arm(429, times, seconds);
    }

    @Given("Partner Center will be unavailable for its next {int} requests to create an indirect reseller")
    public void partner_center_will_be_unavailable_for_its_next_requests(int times) {
        arm(503, times, 0);
    }

    @Given("Partner Center will keep throttling every request to create an indirect reseller, asking to wait {int} second(s)")
    public void partner_center_will_keep_throttling_every_request(int seconds) {
        arm(429, EVERY, seconds);
    }

    @Given("Partner Center will stay unavailable for every request to create an indirect reseller")
    public void partner_center_will_stay_unavailable_for_every_request() {
        arm(503, EVERY, 0);
    }

    @When("it tries to create a sandbox indirect reseller while that lasts")
    public void it_tries_to_create_a_sandbox_indirect_reseller_while_that_lasts() {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        SandboxResellerRequest request = SandboxResellerRequest.of(partnerCenter.account().partnerId(),
                partnerCenter.account().country(), SandboxResellerRequest.uniqueDomainPrefix());
        failure = catchThrowable(() -> partnerCenter.indirectResellers().create(request));
        if (failure instanceof RetryBudgetSpent spent) {
            context.answered(spent.lastResponse());
        }
    }

    @Then("the attempt fails with a message that names the call, the refusal {int} and the injected fault")
    public void the_attempt_fails_with_a_message_that_names_the_call_the_refusal_and_the_injected_fault(int status) {
        assertThat(failure).as(context.about("the create should have failed once the retries were spent")).isNotNull();
        assertThat(failure).as(context.about("the failure")).isInstanceOf(RetryBudgetSpent.class);
        // one contains of all four: AssertJ names every one that is missing
        Checks.all(context.about("the failure message: " + failure.getMessage()), softly -> softly.check(() -> assertThat(failure.getMessage())
                .contains("POST " + CREATE_RESELLER, "answered " + status, "injected fault " + fault.id(), "sandbox.http.maxRetries")));
    }

    @Then("all {int} attempts carried the same request ID")
    public void all_attempts_carried_the_same_request_id(int attempts) {
        EmulatorFaults.Fault now = faults.current(fault);
        assertThat(now.injected()).as(context.about("attempts the fault refused before the one that succeeded"))
                .isEqualTo(attempts - 1);
        every_attempt_carried_the_same_request_id();
    }

    @Then("every attempt carried the same request ID")
    public void every_attempt_carried_the_same_request_id() {
        ApiResponse last = context.lastResponse();
        String sent = last.sent().requestId().orElseThrow();
        EmulatorFaults.Fault now = faults.current(fault);
        assertThat(now.injected()).as(context.about("calls the injected fault refused")).isPositive();
        assertThat(now.requestIds()).as(context.about(CallIds.REQUEST_ID + " of every faulted attempt, and of the last: " + last.call().describe()))
                .isNotEmpty().containsOnly(sent);
    }

    @Then("the provider has exactly {int} indirect reseller(s)")
    public void the_provider_has_exactly_indirect_resellers(int count) {
        // the emulator's own record: a duplicate would show here even if lists lagged behind
        assertThat(faults.indirectResellersOfTenant())
                .as(context.about("indirect resellers of " + context.actor().describe() + " in the emulator"))
                .hasSize(count);
    }

    private void arm(int status, int times, int retryAfterSeconds) {
        ScenarioHttp http = new ScenarioHttp(SandboxRun.current().baseUrl(), context.transcript(),
                SandboxRun.current().httpSettings());
        faults = new EmulatorFaults(http, context.actor().account().tenantId());
        fault = faults.failNext("POST", CREATE_RESELLER, status, times, retryAfterSeconds);
        EmulatorFaults.Fault armed = fault;
        context.cleanup().register("injected fault " + armed.id(), () -> faults.remove(armed));
    }
}
