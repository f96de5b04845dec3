package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/**
 * Every customer, order, subscription and relationship route answers malformed JSON, missing
 * properties, wrong types and malformed ids or queries with a 4xx in the Partner Center error
 * shape — never a 5xx — and changes nothing.
 */
class MalformedRequestsTest {

    private static final String CUSTOMERS = "/v1/customers";
    private static final String ORDERS = "/v1/customers/{c}/orders";
    private static final String ORDER = "/v1/customers/{c}/orders/{o}";
    private static final String SUBSCRIPTION = "/v1/customers/{c}/subscriptions/{s}";

    private static EmulatorHttp http;
    private static String token;
    private static String customerId;
    private static String orderId;
    private static String subscriptionId;

    @BeforeAll
    static void start() {
        http = new EmulatorHttp();
        token = http.appUserToken(http.provision("indirectProvider"));
        customerId = http.customer(token, customerBody("Target of bad requests"));
        JsonPath order = http.order(token, customerId, orderBody(null, RESERVED_INSTANCE));
        orderId = order.getString("id");
        subscriptionId = order.getString("lineItems[0].subscriptionId");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static Stream<Arguments> badBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] route : new String[][]{{"POST", CUSTOMERS}, {"POST", ORDERS}, {"PATCH", ORDER}, {"PATCH", SUBSCRIPTION}}) {
            for (String body : new String[]{"{", "{\"status\": }", "[1, 2]", "\"text\"", "null", "", "{} {}"}) {
                cases.add(Arguments.of(route[0], route[1], "application/json", body));
            }
            cases.add(Arguments.of(route[0], route[1], "text/plain", "status=cancelled"));
            cases.add(Arguments.of(route[0], route[1], "application/json", "{}"));
        }
        // missing properties and wrong types, one property at a time
        for (String body : new String[]{
                "{\"billingProfile\": {}}",
                "{\"companyProfile\": \"contoso.com\", \"billingProfile\": {}}",
                "{\"companyProfile\": {\"domain\": 42}, \"billingProfile\": {}}",
                "{\"companyProfile\": {\"domain\": \"not a domain!\"}, \"billingProfile\": {}}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": []}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"en-US\", \"language\": \"en\", \"companyName\": \"C\"}}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"english\", \"language\": \"en\", \"companyName\": \"C\", \"defaultAddress\": {\"country\": \"US\", \"city\": \"R\", \"addressLine1\": \"1\", \"postalCode\": \"9\"}}}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"en-US\", \"language\": \"en\", \"companyName\": \"C\", \"defaultAddress\": {\"country\": \"USA\", \"city\": \"R\", \"addressLine1\": \"1\", \"postalCode\": \"9\"}}}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"en-US\", \"language\": \"en\", \"companyName\": \"C\", \"defaultAddress\": {\"country\": \"US\", \"city\": [], \"addressLine1\": \"1\", \"postalCode\": \"9\"}}}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"en-US\", \"language\": \"en\", \"companyName\": \"C\", \"defaultAddress\": {\"country\": \"US\", \"city\": \"R\", \"addressLine1\": \"1\", \"postalCode\": \"9\"}}, \"enableGDAPByDefault\": \"yes\"}",
                "{\"companyProfile\": {\"domain\": \"ok.onmicrosoft.com\"}, \"billingProfile\": {\"email\": \"a@b.c\", \"culture\": \"en-US\", \"language\": \"en\", \"companyName\": \"C\", \"defaultAddress\": {\"country\": \"US\", \"city\": \"R\", \"addressLine1\": \"1\", \"postalCode\": \"9\"}}, \"associatedPartnerId\": 12}"}) {
            cases.add(Arguments.of("POST", CUSTOMERS, "application/json", body));
        }
        for (String body : new String[]{
                "{\"lineItems\": []}", "{\"lineItems\": \"one\"}", "{\"lineItems\": [1]}",
                "{\"lineItems\": [{\"quantity\": 1}]}", "{\"lineItems\": [{\"offerId\": 5, \"quantity\": 1}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\"}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": \"one\"}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": 0}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": 1.5}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": 1, \"lineItemNumber\": -1}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": 1, \"partnerIdOnRecord\": 6363276}]}",
                "{\"lineItems\": [{\"offerId\": \"" + RESERVED_INSTANCE + "\", \"quantity\": 1}], \"billingCycle\": 1}"}) {
            cases.add(Arguments.of("POST", ORDERS, "application/json", body));
        }
        for (String body : new String[]{"{\"status\": 3}", "{\"status\": \"\"}", "{\"status\": \"completed\"}", "{\"id\": \"other\", \"status\": \"cancelled\"}"}) {
            cases.add(Arguments.of("PATCH", ORDER, "application/json", body));
        }
        for (String body : new String[]{"{\"status\": true}", "{\"status\": \"deleted\"}", "{\"Status\": \"frozen\"}", "{\"id\": 1, \"status\": \"active\"}"}) {
            cases.add(Arguments.of("PATCH", SUBSCRIPTION, "application/json", body));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("badBodies")
    void a_bad_body_is_a_4xx_in_the_error_shape_and_changes_nothing(String method, String path, String contentType, String body) {
        String before = stateSummary();
        RequestSpecification request = http.as(token).contentType(contentType).body(body);
        Response response = request.request(method, concrete(path));
        assertThat(response.statusCode()).as("%s %s with %s → %s", method, path, body, response.asString()).isBetween(400, 499);
        errorCode(response, response.statusCode());
        assertThat(stateSummary()).isEqualTo(before);
    }

    static Stream<Arguments> badIdsAndQueries() {
        return Stream.of(
                Arguments.of("GET", "/v1/customers?size=-1"),
                Arguments.of("GET", "/v1/customers?size=ten"),
                Arguments.of("GET", "/v1/customers?filter=not-json"),
                Arguments.of("GET", "/v1/customers?filter=%5B%5D"),
                Arguments.of("GET", "/v1/customers?filter=%7B%22Field%22%3A1%7D"),
                Arguments.of("GET", "/v1/customers?filter=%7B%22Field%22%3A%22Colour%22%2C%22Value%22%3A%22x%22%2C%22Operator%22%3A%22starts_with%22%7D"),
                Arguments.of("GET", "/v1/customers?filter=%7B%22Field%22%3A%22Domain%22%2C%22Value%22%3A%22x%22%2C%22Operator%22%3A%22equals%22%7D"),
                Arguments.of("GET", "/v1/customers?size=10&seekOperation=Next"),
                Arguments.of("GET", "/v1/customers/not-a-guid"),
                Arguments.of("DELETE", "/v1/customers/not-a-guid"),
                Arguments.of("GET", "/v1/customers/not-a-guid/relationships"),
                Arguments.of("GET", "/v1/customers/not-a-guid/orders"),
                Arguments.of("GET", "/v1/customers/{c}/orders/bad%20id!"),
                Arguments.of("GET", "/v1/customers/{c}/subscriptions/not-a-guid"),
                Arguments.of("GET", "/v1/customers/not-a-guid/subscriptions"),
                Arguments.of("PUT", "/v1/customers/{c}"),
                Arguments.of("POST", "/v1/customers/relationshiprequests"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badIdsAndQueries")
    void a_malformed_id_or_query_is_a_4xx_in_the_error_shape(String method, String path) {
        String before = stateSummary();
        Response response = http.as(token).urlEncodingEnabled(false).request(method, concrete(path));
        assertThat(response.statusCode()).as("%s %s → %s", method, path, response.asString()).isBetween(400, 499);
        errorCode(response, response.statusCode());
        assertThat(stateSummary()).isEqualTo(before);
    }

    private static String concrete(String path) {
        return path.replace("{c}", customerId).replace("{o}", orderId).replace("{s}", subscriptionId);
    }

    /** Customers, orders and subscriptions with their statuses: what a bad request must not change. */
    private static String stateSummary() {
        JsonPath state = http.state();
        return state.getList("customers.id") + " " + state.getList("orders.status") + " " + state.getList("subscriptions.status");
    }
}
