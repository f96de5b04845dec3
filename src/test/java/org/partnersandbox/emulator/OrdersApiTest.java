package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.PERPETUAL_SOFTWARE;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;
import static org.partnersandbox.emulator.EmulatorHttp.SOFTWARE_SUBSCRIPTION;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.customerBodyFor;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/** Seed 003 (IP-01, IP-02, IP-07) and the sandbox cancel page: orders placed, read and cancelled. */
class OrdersApiTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private EmulatorHttp.Account provider;
    private String token;
    private JsonPath reseller;
    private String customerId;

    @BeforeEach
    void providerWithResellerCustomer() {
        provider = http.provision("indirectProvider");
        token = http.appUserToken(provider);
        reseller = http.reseller(token);
        customerId = http.customer(token, customerBodyFor("Orders", reseller.getString("accountId")));
    }

    @Test
    void an_order_with_the_resellers_partner_id_is_completed_and_creates_an_active_subscription() {
        String mpnId = reseller.getString("mpnId");
        Response placed = http.placeOrder(token, customerId, orderBody(mpnId, SEATS));
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        JsonPath order = placed.jsonPath();
        assertThat(order.getString("id")).isNotBlank();
        assertThat(order.getString("referenceCustomerId")).isEqualTo(customerId);
        assertThat(order.getString("status")).isEqualTo("completed");
        assertThat(order.getString("attributes.objectType")).isEqualTo("Order");
        assertThat(order.getString("lineItems[0].offerId")).isEqualTo(SEATS);
        assertThat(order.getString("lineItems[0].partnerIdOnRecord")).isEqualTo(mpnId);
        String subscriptionId = order.getString("lineItems[0].subscriptionId");

        JsonPath subscription = http.as(token).get("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(subscription.getString("status")).isEqualTo("active");
        assertThat(subscription.getString("offerId")).isEqualTo(SEATS);
        assertThat(subscription.getInt("quantity")).isEqualTo(1);
        assertThat(subscription.getString("partnerId")).isEqualTo(mpnId);
        assertThat(subscription.getString("orderId")).isEqualTo(order.getString("id"));
        assertThat(subscription.getString("productType.id")).as("as the new-commerce example writes it").isEqualTo("OnlineServicesNCE");
        assertThat(subscription.getString("attributes.objectType")).isEqualTo("Subscription");
    }

    @Test
    void orders_are_read_one_by_one_and_all_together() {
        String first = http.order(token, customerId, orderBody(null, RESERVED_INSTANCE)).getString("id");
        String second = http.order(token, customerId, orderBody(null, SEATS, SOFTWARE_SUBSCRIPTION)).getString("id");
        JsonPath all = http.as(token).get("/v1/customers/" + customerId + "/orders").then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(all.getList("items.id")).containsExactlyInAnyOrder(first, second);
        JsonPath one = http.as(token).get("/v1/customers/" + customerId + "/orders/" + second).then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("lineItems.offerId")).containsExactly(SEATS, SOFTWARE_SUBSCRIPTION);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/subscriptions").jsonPath().getList("items")).hasSize(3);
        assertThat(errorCode(http.as(token).get("/v1/customers/" + customerId + "/orders/NoSuchOrder"), 404)).isEqualTo(20000);
    }

    @Test
    void a_pascal_case_order_body_is_read() {
        Map<String, Object> body = Map.of("BillingCycle", "one_time", "CurrencyCode", "USD",
                "LineItems", List.of(Map.of("LineItemNumber", 0, "OfferId", RESERVED_INSTANCE, "FriendlyName", "A_sample_Azure_RI", "Quantity", 1)));
        JsonPath order = http.order(token, customerId, body);
        assertThat(order.getString("lineItems[0].friendlyName")).isEqualTo("A_sample_Azure_RI");
        assertThat(order.getString("billingCycle")).isEqualTo("one_time");
    }

    @ParameterizedTest
    @ValueSource(strings = {RESERVED_INSTANCE, PERPETUAL_SOFTWARE, SOFTWARE_SUBSCRIPTION})
    void azure_ri_and_software_orders_are_cancelled_and_their_subscriptions_end(String offerId) {
        JsonPath order = http.order(token, customerId, orderBody(null, offerId));
        Response cancelled = http.cancelOrder(token, customerId, order.getString("id"));
        assertThat(cancelled.statusCode()).as(cancelled.asString()).isEqualTo(200);
        assertThat(cancelled.jsonPath().getString("status")).isEqualTo("cancelled");
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/orders/" + order.getString("id")).jsonPath().getString("status"))
                .isEqualTo("cancelled");
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/subscriptions/" + order.getString("lineItems[0].subscriptionId"))
                .jsonPath().getString("status")).isEqualTo("deleted");
    }

    @Test
    void an_order_has_the_documented_links_alternate_id_and_a_seven_digit_creation_date() {
        JsonPath order = http.order(token, customerId, orderBody(null, PERPETUAL_SOFTWARE));
        String self = "/customers/" + customerId + "/orders/" + order.getString("id");
        assertThat(order.getString("links.self.uri")).isEqualTo(self);
        assertThat(order.getString("links.provisioningStatus.uri")).isEqualTo(self + "/provisioningstatus");
        assertThat(order.getString("alternateId")).matches("[0-9a-f]{12}");
        assertThat(order.getString("creationDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z");

        JsonPath cancelled = http.cancelOrder(token, customerId, order.getString("id")).then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("alternateId")).isEqualTo(order.getString("alternateId"));
        // DG7GMGF0DWT0:0001:DG7GMGF0DSQR, the cancel page's example offer; the customer is in the US
        assertThat(cancelled.getString("lineItems[0].links.product.uri")).isEqualTo("/products/DG7GMGF0DWT0?country=US");
        assertThat(cancelled.getString("lineItems[0].links.sku.uri")).isEqualTo("/products/DG7GMGF0DWT0/skus/0001?country=US");
        assertThat(cancelled.getString("lineItems[0].links.availability.uri"))
                .isEqualTo("/products/DG7GMGF0DWT0/skus/0001/availabilities/DG7GMGF0DSQR?country=US");
    }

    @Test
    void cancel_accepts_capitalised_cancelled_and_a_repeat_answers_the_same() {
        String orderId = http.order(token, customerId, orderBody(null, RESERVED_INSTANCE)).getString("id");
        http.as(token).contentType("application/json").body(Map.of("Status", "Cancelled"))
                .patch("/v1/customers/" + customerId + "/orders/" + orderId).then().statusCode(200);
        Response again = http.cancelOrder(token, customerId, orderId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("status")).isEqualTo("cancelled");
    }

    @Test
    void a_seat_order_cannot_be_cancelled_its_subscription_is_suspended_instead() {
        JsonPath order = http.order(token, customerId, orderBody(null, SEATS));
        Response refused = http.cancelOrder(token, customerId, order.getString("id"));
        assertThat(errorCode(refused, 400)).isEqualTo(800063);
        assertThat(refused.jsonPath().getString("description")).contains("subscriptions/" + order.getString("lineItems[0].subscriptionId"));
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/orders/" + order.getString("id")).jsonPath().getString("status"))
                .isEqualTo("completed");
    }

    @Test
    void a_status_other_than_cancelled_is_refused() {
        String orderId = http.order(token, customerId, orderBody(null, RESERVED_INSTANCE)).getString("id");
        Response refused = http.as(token).contentType("application/json").body(Map.of("status", "completed"))
                .patch("/v1/customers/" + customerId + "/orders/" + orderId);
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
    }

    @Test
    void an_unknown_partner_id_on_record_is_404_800015_and_the_providers_own_is_404_2072() {
        assertThat(errorCode(http.placeOrder(token, customerId, orderBody("9999999", SEATS)), 404)).isEqualTo(800015);
        assertThat(errorCode(http.placeOrder(token, customerId, orderBody(provider.partnerId(), SEATS)), 404)).isEqualTo(2072);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/orders").jsonPath().getList("items")).isEmpty();
        assertThat(http.state().getList("subscriptions.customerId")).doesNotContain(customerId);
    }

    @Test
    void another_providers_resellers_partner_id_is_404_800015() {
        String otherToken = http.appUserToken(http.provision("indirectProvider"));
        http.createReseller(otherToken, EmulatorHttp.resellerBody("6363277", "US")).then().statusCode(201);
        assertThat(errorCode(http.placeOrder(token, customerId, orderBody("6363277", SEATS)), 404)).isEqualTo(800015);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/orders").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void an_unknown_offer_is_refused_with_a_description_that_names_it() {
        Response refused = http.placeOrder(token, customerId, orderBody(null, "NOPE:0000:NOPE"));
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains("NOPE:0000:NOPE");
    }

    @Test
    void an_app_only_token_cannot_name_a_partner_of_record_but_can_order_directly() {
        String appOnly = http.appOnlyToken(provider);
        assertThat(errorCode(http.placeOrder(appOnly, customerId, orderBody(reseller.getString("mpnId"), SEATS)), 403)).isEqualTo(900329);
        http.placeOrder(appOnly, customerId, orderBody(null, SEATS)).then().statusCode(201);
    }

    @Test
    void more_than_25_licences_or_5_subscriptions_are_refused() {
        Map<String, Object> tooMany = Map.of("lineItems", List.of(Map.of("lineItemNumber", 0, "offerId", SEATS, "quantity", 26)));
        assertThat(errorCode(http.placeOrder(token, customerId, tooMany), 403)).isEqualTo(800067);
        http.order(token, customerId, orderBody(null, SEATS, SEATS, SEATS, SEATS, RESERVED_INSTANCE));
        assertThat(errorCode(http.placeOrder(token, customerId, orderBody(null, SEATS)), 403)).isEqualTo(800066);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/subscriptions").jsonPath().getList("items")).hasSize(5);
    }

    @Test
    void an_order_whose_line_items_repeat_a_line_item_number_is_refused_with_800002_and_buys_nothing() {
        Map<String, Object> repeated = Map.of("lineItems", List.of(
                Map.of("lineItemNumber", 0, "offerId", SEATS, "quantity", 1),
                Map.of("lineItemNumber", 0, "offerId", RESERVED_INSTANCE, "quantity", 1)));
        assertThat(errorCode(http.placeOrder(token, customerId, repeated), 400)).isEqualTo(800002);
        Map<String, Object> repeatsAPosition = Map.of("lineItems", List.of(
                Map.of("lineItemNumber", 1, "offerId", SEATS, "quantity", 1),
                Map.of("offerId", RESERVED_INSTANCE, "quantity", 1)));
        assertThat(errorCode(http.placeOrder(token, customerId, repeatsAPosition), 400))
                .as("a missing number is the line's position, 1 here").isEqualTo(800002);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/subscriptions").jsonPath().getList("items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "US", "USDX", "U5D", "DOLLARS"})
    void a_currency_code_that_is_not_three_letters_is_refused_with_800002(String currencyCode) {
        Map<String, Object> body = new java.util.HashMap<>(orderBody(null, SEATS));
        body.put("currencyCode", currencyCode);
        assertThat(errorCode(http.placeOrder(token, customerId, body), 400)).isEqualTo(800002);
        body.put("currencyCode", "EUR");
        assertThat(http.order(token, customerId, body).getString("currencyCode")).isEqualTo("EUR");
    }

    @Test
    void a_replayed_request_id_returns_the_first_order() {
        String requestId = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = orderBody(null, SEATS);
        String first = http.as(token, requestId).contentType("application/json").body(body)
                .post("/v1/customers/" + customerId + "/orders").then().statusCode(201).extract().path("id");
        String second = http.as(token, requestId).contentType("application/json").body(body)
                .post("/v1/customers/" + customerId + "/orders").then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(http.as(token).get("/v1/customers/" + customerId + "/orders").jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void the_same_lines_in_another_order_are_another_body_for_a_replayed_request_id() {
        String requestId = java.util.UUID.randomUUID().toString();
        String orders = "/v1/customers/" + customerId + "/orders";
        http.as(token, requestId).contentType("application/json").body(orderBody(null, SEATS, PERPETUAL_SOFTWARE))
                .post(orders).then().statusCode(201);
        // object keys may come in any order (a retry serialised differently); array elements may not
        assertThat(errorCode(http.as(token, requestId).contentType("application/json").body(orderBody(null, PERPETUAL_SOFTWARE, SEATS))
                .post(orders), 409)).isEqualTo(800002);
        assertThat(http.as(token).get(orders).jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void another_partners_customer_cannot_be_ordered_for() {
        String otherToken = http.appUserToken(http.provision("directBillPartner"));
        assertThat(errorCode(http.placeOrder(otherToken, customerId, orderBody(null, SEATS)), 403)).isEqualTo(20002);
        assertThat(errorCode(http.as(otherToken).get("/v1/customers/" + customerId + "/orders"), 403)).isEqualTo(20002);
    }

    @Test
    void a_production_account_cannot_cancel_an_azure_ri_order_but_can_cancel_software() {
        String productionToken = http.appUserToken(http.provision("productionAccount"));
        String own = http.customer(productionToken, customerBody("Production"));
        String ri = http.order(productionToken, own, orderBody(null, RESERVED_INSTANCE)).getString("id");
        String software = http.order(productionToken, own, orderBody(null, PERPETUAL_SOFTWARE)).getString("id");
        assertThat(errorCode(http.cancelOrder(productionToken, own, ri), 403)).isEqualTo(800019);
        http.cancelOrder(productionToken, own, software).then().statusCode(200);
    }
}
