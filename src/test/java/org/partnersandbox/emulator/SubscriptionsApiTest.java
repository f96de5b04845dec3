package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.PERPETUAL_SOFTWARE;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;
import static org.partnersandbox.emulator.EmulatorHttp.SOFTWARE_SUBSCRIPTION;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/** Suspend and reactivate (E15) and reads (E16) of a customer's subscriptions. */
class SubscriptionsApiTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private String token;
    private String customerId;

    @BeforeEach
    void providerWithCustomer() {
        token = http.appUserToken(http.provision("directBillPartner"));
        customerId = http.customer(token, customerBody("Subscriber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SEATS, SOFTWARE_SUBSCRIPTION})
    void a_subscription_is_suspended_and_reactivated(String offerId) {
        String id = subscriptionOf(offerId);
        Response suspended = http.setSubscriptionStatus(token, customerId, id, "suspended");
        assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
        assertThat(suspended.jsonPath().getString("status")).isEqualTo("suspended");
        assertThat(subscription(id).getString("status")).isEqualTo("suspended");
        http.setSubscriptionStatus(token, customerId, id, "active").then().statusCode(200);
        assertThat(subscription(id).getString("status")).isEqualTo("active");
    }

    @Test
    void the_whole_subscription_in_pascal_case_is_accepted_as_the_body_with_its_etag() {
        String id = subscriptionOf(SEATS);
        JsonPath current = subscription(id);
        Map<String, Object> body = new HashMap<>(Map.of("Id", id, "FriendlyName", "nickname", "Quantity", 1, "Status", "suspended",
                "OfferId", SEATS, "Attributes", Map.of("Etag", current.getString("attributes.etag"), "ObjectType", "Subscription")));
        body.put("ParentSubscriptionId", null);
        Response response = http.as(token).header("If-Match", current.getString("attributes.etag")).contentType("application/json")
                .body(body).patch("/v1/customers/" + customerId + "/subscriptions/" + id);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getString("status")).isEqualTo("suspended");
        assertThat(response.jsonPath().getString("attributes.etag")).isNotEqualTo(current.getString("attributes.etag"));
    }

    @Test
    void a_stale_etag_is_refused_with_2055() {
        String id = subscriptionOf(SEATS);
        String etag = subscription(id).getString("attributes.etag");
        http.setSubscriptionStatus(token, customerId, id, "suspended").then().statusCode(200);
        Response stale = http.as(token).header("If-Match", etag).contentType("application/json").body(Map.of("status", "active"))
                .patch("/v1/customers/" + customerId + "/subscriptions/" + id);
        assertThat(errorCode(stale, 400)).isEqualTo(2055);
        assertThat(subscription(id).getString("status")).isEqualTo("suspended");
    }

    @ParameterizedTest
    @ValueSource(strings = {RESERVED_INSTANCE, PERPETUAL_SOFTWARE})
    void an_azure_ri_or_perpetual_software_subscription_is_not_suspended(String offerId) {
        String id = subscriptionOf(offerId);
        assertThat(errorCode(http.setSubscriptionStatus(token, customerId, id, "suspended"), 400)).isEqualTo(800096);
        assertThat(subscription(id).getString("status")).isEqualTo("active");
    }

    @Test
    void the_subscription_of_a_cancelled_order_cannot_be_changed() {
        JsonPath order = http.order(token, customerId, orderBody(null, SOFTWARE_SUBSCRIPTION));
        http.cancelOrder(token, customerId, order.getString("id")).then().statusCode(200);
        String id = order.getString("lineItems[0].subscriptionId");
        assertThat(errorCode(http.setSubscriptionStatus(token, customerId, id, "active"), 400)).isEqualTo(2011);
    }

    @Test
    void an_unknown_status_or_subscription_is_refused() {
        String id = subscriptionOf(SEATS);
        assertThat(errorCode(http.setSubscriptionStatus(token, customerId, id, "deleted"), 400)).isEqualTo(800002);
        assertThat(errorCode(http.setSubscriptionStatus(token, customerId, id, "paused"), 400)).isEqualTo(800002);
        assertThat(errorCode(http.setSubscriptionStatus(token, customerId, UUID.randomUUID().toString(), "suspended"), 404)).isEqualTo(20003);
        assertThat(errorCode(http.as(token).get("/v1/customers/" + customerId + "/subscriptions/" + UUID.randomUUID()), 404)).isEqualTo(20003);
    }

    @Test
    void the_list_has_the_documented_subscription_shape() {
        String id = subscriptionOf(SOFTWARE_SUBSCRIPTION);
        JsonPath list = http.as(token).get("/v1/customers/" + customerId + "/subscriptions").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(list.getString("items[0].id")).isEqualTo(id);
        assertThat(list.getString("items[0].offerName")).isEqualTo("SQL Server Enterprise - 2 Core License Pack - 3 year");
        assertThat(list.getString("items[0].termDuration")).isEqualTo("P3Y");
        assertThat(list.getString("items[0].billingCycle")).isEqualTo("triennial");
        assertThat(list.getString("items[0].unitType")).isEqualTo("Licenses");
        assertThat(list.getString("items[0].productType.id")).as("as the subscriptions page's example writes it").isEqualTo("Software");
        assertThat(list.getString("items[0].links.self.uri")).isEqualTo("/customers/" + customerId + "/subscriptions/" + id);
        assertThat(list.getString("items[0].creationDate")).matches(SEVEN_DIGITS);
        assertThat(list.getString("items[0].effectiveStartDate")).matches(SEVEN_DIGITS);
        assertThat(list.getString("items[0].entitlementId")).matches("[0-9a-f-]{36}").isNotEqualTo(id)
                .isEqualTo(subscription(id).getString("entitlementId"));
    }

    @Test
    void the_commitment_ends_at_midnight_of_the_terms_last_day() {
        String id = subscriptionOf(SOFTWARE_SUBSCRIPTION); // P3Y
        JsonPath subscription = subscription(id);
        java.time.LocalDate start = java.time.LocalDate.parse(subscription.getString("effectiveStartDate").substring(0, 10));
        assertThat(subscription.getString("commitmentEndDate")).isEqualTo(start.plusYears(3).minusDays(1) + "T00:00:00Z");
    }

    @Test
    void suspend_and_reactivate_answers_link_the_entitlement() {
        String id = subscriptionOf(SEATS);
        String entitlementId = subscription(id).getString("entitlementId");
        for (String status : new String[]{"suspended", "active"}) {
            JsonPath answer = http.setSubscriptionStatus(token, customerId, id, status).then().statusCode(200).extract().jsonPath();
            assertThat(answer.getString("links.entitlement.uri")).contains(entitlementId).doesNotStartWith("/v1");
            assertThat(answer.getString("links.entitlement.method")).isEqualTo("GET");
        }
    }

    private static final String SEVEN_DIGITS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z";

    private String subscriptionOf(String offerId) {
        return http.order(token, customerId, orderBody(null, offerId)).getString("lineItems[0].subscriptionId");
    }

    private JsonPath subscription(String id) {
        return http.as(token).get("/v1/customers/" + customerId + "/subscriptions/" + id).then().statusCode(200).extract().jsonPath();
    }
}
