package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.Order;
import org.partnersandbox.suite.client.OrderRequest;
import org.partnersandbox.suite.config.SandboxCatalogue;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.OrderActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.steps.ParameterTypes.PartnerOfRecord;
import org.partnersandbox.suite.steps.ParameterTypes.Purchase;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.Eventually;

/** Orders for a customer: placed (with an indirect reseller as partner of record), listed, cancelled. */
public final class OrderSteps {

    private static final int SEATS = 1;

    private final ScenarioContext context;
    private final CreatedResources created;
    private final SandboxCatalogue catalogue;
    private final OrderActions orders;

    public OrderSteps(ScenarioContext context, CreatedResources created, SandboxCatalogue catalogue, OrderActions orders) {
        this.context = context;
        this.created = created;
        this.catalogue = catalogue;
        this.orders = orders;
    }

    @When("it orders a subscription for that customer with {partnerOfRecord} as partner of record")
    public void it_orders_a_subscription_with_a_partner_of_record(PartnerOfRecord partner) {
        String partnerId = switch (partner) {
            case THAT_INDIRECT_RESELLER -> context.reseller().mpnId();
            case UNKNOWN -> catalogue.unknownPartnerId();
            case THE_PROVIDER_ITSELF -> context.actor().account().partnerId();
        };
        orders.send(context.actor().partnerCenter(), OrderRequest.of(catalogue.subscriptionOffer(), SEATS).withPartnerOnRecord(partnerId));
    }

    @Given("it has ordered a subscription for that customer with that indirect reseller as partner of record")
    public void it_has_ordered_a_subscription_with_that_indirect_reseller_as_partner_of_record() {
        it_orders_a_subscription_with_a_partner_of_record(PartnerOfRecord.THAT_INDIRECT_RESELLER);
        the_order_is_placed();
    }

    /** RR-14: the purchases whose open orders hold back a customer delete, and one the page does not name. */
    @Given("that customer has an active {purchase} order")
    public void that_customer_has_an_active_order(Purchase purchase) {
        String offer = switch (purchase) {
            case AZURE_RESERVED_VM_INSTANCE -> catalogue.reservedInstanceOffer();
            case PERPETUAL_SOFTWARE -> catalogue.perpetualSoftwareOffer();
            case SEAT_SUBSCRIPTION -> catalogue.subscriptionOffer();
        };
        orders.send(context.actor().partnerCenter(), OrderRequest.of(offer, SEATS));
        the_order_is_placed();
        ApiResponse response = context.lastResponse();
        assertThat(Order.fromJson(response.json()).isCancelled()).as(context.about(response) + "the new order is active")
                .isFalse();
    }

    @Then("the order is placed")
    public void the_order_is_placed() {
        ApiResponse response = context.lastResponse();
        Order order = Order.fromJson(response.json());
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the order").isEqualTo(201));
            softly.check(() -> assertThat(order.id()).as("the order's id").isNotBlank());
            softly.check(() -> assertThat(order.subscriptionIds()).as("the subscription each line bought").isNotEmpty());
            softly.check(() -> assertThat(order.objectType()).as("attributes.objectType").isEqualTo("Order"));
        });
    }

    @Then("the order names that indirect reseller as partner of record")
    public void the_order_names_that_indirect_reseller_as_partner_of_record() {
        ApiResponse response = context.lastResponse();
        assertThat(Order.fromJson(response.json()).lines()).as(context.about(response) + "partnerIdOnRecord of each line")
                .allSatisfy(line -> assertThat(line.partnerIdOnRecord()).contains(context.reseller().mpnId()));
    }

    @Then("that order is among the orders of that customer")
    public void that_order_is_among_the_orders_of_that_customer() {
        Eventually.holds(() -> {
            ApiResponse response = context.actor().partnerCenter().orders().list(created.customer().id());
            context.answered(response);
            assertThat(response.status()).as(context.about(response) + "status of the listing").isEqualTo(200);
            assertThat(Order.listFrom(response.json())).as(context.about(response) + "the customer's orders")
                    .extracting(Order::id).contains(created.order().id());
        });
    }

    @When("it cancels that order")
    public void it_cancels_that_order() {
        Order order = created.order();
        context.answered(context.actor().partnerCenter().orders().cancel(order.customerId(), order.id()));
    }

    @Then("the order is cancelled")
    public void the_order_is_cancelled() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the cancel").isEqualTo(200));
            softly.check(() -> assertThat(Order.fromJson(response.json()).status())
                    .as("status of the order").isEqualTo("cancelled"));
        });
    }

    @Then("that customer still has no orders")
    public void that_customer_still_has_no_orders() {
        Customer customer = created.customer();
        Eventually.staysTrue(() -> {
            ApiResponse response = created.ownerOf(customer).orders().list(customer.id());
            assertThat(response.status()).as(context.about(response) + "listing the customer's orders").isEqualTo(200);
            assertThat(Order.listFrom(response.json())).as(context.about(response) + "orders of " + customer.describe()).isEmpty();
        });
    }
}
