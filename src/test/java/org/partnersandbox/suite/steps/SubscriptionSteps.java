package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Order;
import org.partnersandbox.suite.client.Subscription;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.Eventually;

/** The subscriptions an order bought: who is partner of record, suspending and reactivating them. */
public final class SubscriptionSteps {

    private final ScenarioContext context;
    private final CreatedResources created;

    public SubscriptionSteps(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    @Then("that customer has an active subscription with that indirect reseller as partner of record")
    public void that_customer_has_an_active_subscription_with_that_indirect_reseller_as_partner_of_record() {
        Order order = created.order();
        String partnerId = context.reseller().mpnId();
        Eventually.holds(() -> {
            ApiResponse response = context.actor().partnerCenter().subscriptions().list(order.customerId());
            List<Subscription> subscriptions = Subscription.listFrom(response.json());
            subscriptionListed(response, subscriptions, order, partnerId);
        });
    }

    private void subscriptionListed(ApiResponse response, List<Subscription> subscriptions, Order order, String partnerId) {
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the listing").isEqualTo(200));
            softly.check(() -> assertThat(subscriptions).as("the subscription of the order")
                    .anySatisfy(s -> {
                        assertThat(s.id()).isEqualTo(order.subscriptionIds().get(0));
                        assertThat(s.isActive()).as("status active: %s", s.status()).isTrue();
                        assertThat(s.partnerId()).as("partnerId (the partner of record)").contains(partnerId);
                        assertThat(s.objectType()).isEqualTo("Subscription");
                    }));
        });
    }

    @When("it suspends that subscription")
    public void it_suspends_that_subscription() {
        Order order = created.order();
        context.answered(context.actor().partnerCenter().subscriptions().suspend(order.customerId(), thatSubscription()));
    }

    @Given("it has suspended that subscription")
    public void it_has_suspended_that_subscription() {
        it_suspends_that_subscription();
        the_subscription_is_suspended();
    }

    @Then("the subscription is suspended")
    public void the_subscription_is_suspended() {
        the_subscription_is("suspended");
    }

    private void the_subscription_is(String status) {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the change").isEqualTo(200));
            softly.check(() -> assertThat(Subscription.fromJson(response.json()).status())
                    .as("status of the subscription").isEqualTo(status));
        });
    }

    /** Read back after a refused attempt that would have ended it with its customer (IR-23). */
    @Then("that subscription is still active")
    public void that_subscription_is_still_active() {
        Order order = created.order();
        ApiResponse response = context.provider().partnerCenter().subscriptions().get(order.customerId(), thatSubscription());
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of reading the subscription").isEqualTo(200));
            softly.check(() -> assertThat(Subscription.fromJson(response.json()).status())
                    .as("status of the subscription").isEqualTo("active"));
        });
    }

    /** "that subscription": the one the first line of the last order bought. */
    private String thatSubscription() {
        List<String> ids = created.order().subscriptionIds();
        assertThat(ids).as(context.about("the last order bought a subscription")).isNotEmpty();
        return ids.get(0);
    }
}
