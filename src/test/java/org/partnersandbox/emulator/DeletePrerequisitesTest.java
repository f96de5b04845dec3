package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.PERPETUAL_SOFTWARE;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;
import static org.partnersandbox.emulator.EmulatorHttp.SOFTWARE_SUBSCRIPTION;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.customerBodyFor;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;
import static org.partnersandbox.emulator.EmulatorHttp.resellerBody;

/**
 * What must happen before a sandbox reseller (IR-23, IR-24) or a customer (RR-14) may be deleted;
 * each refusal is checked against the emulator's state read back afterwards.
 */
class DeletePrerequisitesTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private String token;
    private JsonPath reseller;
    private String resellerId;

    @BeforeEach
    void providerWithReseller() {
        token = http.appUserToken(http.provision("indirectProvider"));
        reseller = http.reseller(token);
        resellerId = reseller.getString("accountId");
    }

    @Test
    void a_reseller_with_a_customer_is_not_deleted_until_the_customer_is() {
        String customerId = http.customer(token, customerBodyFor("Blocks the IR", resellerId));
        Response refused = http.as(token).delete("/v1/sandboxIndirectReseller/" + resellerId);
        assertThat(errorCode(refused, 403)).isEqualTo(6003);
        assertThat(refused.jsonPath().getString("description")).contains("customer").contains(customerId);
        assertThat(http.state().getList("indirectResellers.accountId")).contains(resellerId);
        assertThat(http.state().getList("customers.id")).contains(customerId);

        http.as(token).delete("/v1/customers/" + customerId).then().statusCode(204);
        http.as(token).delete("/v1/sandboxIndirectReseller/" + resellerId).then().statusCode(204);
        assertThat(http.state().getList("indirectResellers.accountId")).doesNotContain(resellerId);
    }

    @Test
    void a_reseller_whose_customer_has_an_active_subscription_is_refused_naming_the_subscription() {
        String customerId = http.customer(token, customerBodyFor("Subscribed", resellerId));
        String subscriptionId = http.order(token, customerId, orderBody(reseller.getString("mpnId"), SEATS))
                .getString("lineItems[0].subscriptionId");
        Response refused = http.as(token).delete("/v1/sandboxIndirectReseller/" + resellerId);
        assertThat(errorCode(refused, 403)).isEqualTo(6003);
        assertThat(refused.jsonPath().getString("description")).contains("active subscription").contains(subscriptionId);
        assertThat(http.state().getList("subscriptions.findAll { it.id == '" + subscriptionId + "' }.status")).containsExactly("active");

        http.setSubscriptionStatus(token, customerId, subscriptionId, "suspended").then().statusCode(200);
        Response stillACustomer = http.as(token).delete("/v1/sandboxIndirectReseller/" + resellerId);
        assertThat(errorCode(stillACustomer, 403)).isEqualTo(6003);
        assertThat(stillACustomer.jsonPath().getString("description")).contains(customerId);

        http.as(token).delete("/v1/customers/" + customerId).then().statusCode(204);
        http.as(token).delete("/v1/sandboxIndirectReseller/" + resellerId).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {RESERVED_INSTANCE, PERPETUAL_SOFTWARE})
    void a_customer_with_an_open_azure_ri_or_software_order_is_deleted_only_after_the_cancel(String offerId) {
        String customerId = http.customer(token, customerBody("Has a purchase"));
        JsonPath order = http.order(token, customerId, orderBody(null, offerId));
        String orderId = order.getString("id");
        Response refused = http.as(token).delete("/v1/customers/" + customerId);
        assertThat(errorCode(refused, 409)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains(orderId);
        JsonPath state = http.state();
        assertThat(state.getList("customers.id")).contains(customerId);
        assertThat(state.getList("orders.findAll { it.id == '" + orderId + "' }.status")).containsExactly("completed");
        assertThat(state.getList("subscriptions.findAll { it.orderId == '" + orderId + "' }.status")).containsExactly("active");
        http.as(token).get("/v1/customers/" + customerId).then().statusCode(200);

        http.cancelOrder(token, customerId, orderId).then().statusCode(200);
        http.as(token).delete("/v1/customers/" + customerId).then().statusCode(204);
        JsonPath after = http.state();
        assertThat(after.getList("customers.id")).doesNotContain(customerId);
        assertThat(after.getList("orders.customerId")).doesNotContain(customerId);
        assertThat(after.getList("subscriptions.customerId")).doesNotContain(customerId);
    }

    @Test
    void an_open_software_subscription_order_also_blocks_the_delete() {
        String customerId = http.customer(token, customerBody("Software subscription"));
        http.order(token, customerId, orderBody(null, SOFTWARE_SUBSCRIPTION));
        assertThat(errorCode(http.as(token).delete("/v1/customers/" + customerId), 409)).isEqualTo(800002);
    }

    @Test
    void a_customer_with_only_seat_subscriptions_is_deleted_with_its_orders_and_subscriptions() {
        String customerId = http.customer(token, customerBody("Seats only"));
        http.order(token, customerId, orderBody(null, SEATS, SEATS));
        http.as(token).delete("/v1/customers/" + customerId).then().statusCode(204);
        JsonPath state = http.state();
        assertThat(state.getList("orders.customerId")).doesNotContain(customerId);
        assertThat(state.getList("subscriptions.customerId")).doesNotContain(customerId);
    }

    /** IR-23: the page's order is suspend the subscriptions of the reseller's customers, then delete the customers. */
    @Test
    void a_resellers_customer_is_deleted_only_once_its_subscriptions_are_suspended() {
        String customerId = http.customer(token, customerBodyFor("Seats of a reseller", resellerId));
        http.order(token, customerId, orderBody(reseller.getString("mpnId"), SEATS, SEATS));
        List<String> subscriptionIds = http.state().getList("subscriptions.findAll { it.customerId == '" + customerId + "' }.id");

        Response refused = http.as(token).delete("/v1/customers/" + customerId);
        assertThat(errorCode(refused, 409)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains(subscriptionIds.get(0)).contains(subscriptionIds.get(1));
        assertThat(http.state().getList("customers.id")).contains(customerId);

        http.setSubscriptionStatus(token, customerId, subscriptionIds.get(0), "suspended").then().statusCode(200);
        assertThat(errorCode(http.as(token).delete("/v1/customers/" + customerId), 409)).isEqualTo(800002);
        http.setSubscriptionStatus(token, customerId, subscriptionIds.get(1), "suspended").then().statusCode(200);
        http.as(token).delete("/v1/customers/" + customerId).then().statusCode(204);
        assertThat(http.state().getList("subscriptions.customerId")).doesNotContain(customerId);
    }

    @Test
    void twenty_parallel_reseller_creates_with_three_free_slots_create_exactly_three() throws Exception {
        String provider = http.appUserToken(http.provision("indirectProvider"));
        http.createReseller(provider, resellerBody("6363276", "US")).then().statusCode(201);
        http.createReseller(provider, resellerBody("6363276", "US")).then().statusCode(201);
        List<Integer> statuses = CustomersApiTest.parallel(20,
                () -> http.createReseller(provider, resellerBody("6363276", "US")).statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(17);
        assertThat(http.as(provider).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf")
                .jsonPath().getList("items")).hasSize(5);
    }
}
