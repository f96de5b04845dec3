package org.partnersandbox.emulator;

import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP access to one emulator for its own tests: provisions accounts, fetches tokens, and
 * builds request specs. Deliberately lower-level than the suite's domain client.
 */
final class EmulatorHttp implements AutoCloseable, AfterAllCallback {

    static final String RESOURCE = "https://api.partnercenter.microsoft.com";

    /** Offers of config/offers.json, one per product type. */
    static final String RESERVED_INSTANCE = "DZH318Z0BQ4B:0047:DZH318Z0DSM8";
    static final String PERPETUAL_SOFTWARE = "DG7GMGF0DWT0:0001:DG7GMGF0DSQR";
    static final String SOFTWARE_SUBSCRIPTION = "DG7GMGF0FKZV:0003:DG7GMGF0DQLM";
    static final String SEATS = "CFQ7TTC0LH18:0001:CFQ7TTC0K971";

    /** An account as {@code /_emulator/accounts} describes it. */
    record Account(String role, String tenantId, String name, String partnerId, String country,
                   String clientId, String clientSecret, String userName, String password) {
    }

    private final Emulator emulator;

    EmulatorHttp() {
        this(EmulatorSettings.defaults());
    }

    /** An emulator of its own, e.g. in the remote-sandbox profile (HTTPS: requests trust only its certificate). */
    EmulatorHttp(EmulatorSettings settings) {
        this.emulator = Emulator.start(settings);
    }

    Emulator emulator() {
        return emulator;
    }

    String baseUrl() {
        return emulator.baseUrl();
    }

    RequestSpecification request() {
        RequestSpecBuilder spec = new RequestSpecBuilder().setBaseUri(emulator.baseUrl());
        emulator.certificate().ifPresent(certificate -> spec.setConfig(RestAssuredConfig.config()
                .sslConfig(SSLConfig.sslConfig().trustStore(OnlyTrusted.keyStore(certificate)))));
        return given(spec.build()).urlEncodingEnabled(true);
    }

    /** A request with a token and both Partner Center ids. */
    RequestSpecification as(String token) {
        return as(token, UUID.randomUUID().toString());
    }

    /** A request with a token, a chosen request id and a fresh correlation id. */
    RequestSpecification as(String token, String requestId) {
        return request().header("Authorization", "Bearer " + token)
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", UUID.randomUUID().toString());
    }

    Account provision(String role) {
        return provision(Map.of("role", role));
    }

    /** An account whose user signs in with a password only, no second factor. */
    Account provisionWithoutMfa(String role) {
        return provision(Map.of("role", role, "userSignsInWithMfa", false));
    }

    private Account provision(Map<String, Object> body) {
        JsonPath json = request().contentType("application/json").body(body)
                .post("/_emulator/accounts").then().statusCode(201).extract().jsonPath();
        return account(json, "");
    }

    static Account account(JsonPath json, String prefix) {
        return new Account(json.getString(prefix + "role"), json.getString(prefix + "tenantId"), json.getString(prefix + "name"),
                json.getString(prefix + "partnerId"), json.getString(prefix + "country"),
                json.getString(prefix + "app.clientId"), json.getString(prefix + "app.clientSecret"),
                json.getString(prefix + "user.userName"), json.getString(prefix + "user.password"));
    }

    Response tokenRequest(String tenant, Map<String, String> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post("/" + tenant + "/oauth2/token");
    }

    String appOnlyToken(Account account) {
        return tokenRequest(account.tenantId(), Map.of("grant_type", "client_credentials", "client_id", account.clientId(),
                "client_secret", account.clientSecret(), "resource", RESOURCE))
                .then().statusCode(200).extract().path("access_token");
    }

    String appUserToken(Account account) {
        return passwordGrant(account.tenantId(), account.clientId(), account.userName(), account.password())
                .then().statusCode(200).extract().path("access_token");
    }

    Response passwordGrant(String tenant, String clientId, String userName, String password) {
        return tokenRequest(tenant, Map.of("grant_type", "password", "client_id", clientId,
                "username", userName, "password", password, "resource", RESOURCE));
    }

    /** A valid create-IR body, as seed 003's example, with a unique domain prefix. */
    static Map<String, Object> resellerBody(String mpnId, String country) {
        String prefix = "Emu" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return Map.of(
                "mpnId", mpnId,
                "tenant", Map.of("domainPrefix", prefix, "name", prefix, "displayName", prefix, "adminUserName", "admin",
                        "adminFirstName", "Ada", "adminLastName", "Admin", "adminAlternateEmail", "", "country", country,
                        "culture", "en-us"),
                "legalBusinessProfile", Map.of("companyName", prefix,
                        "address", Map.of("country", country, "city", "Redmond", "state", "WA", "addressLine1", "1 Main St",
                                "addressLine2", "", "postalCode", "98052"),
                        "primaryContact", Map.of("firstName", "Sandbox", "lastName", "Scenario", "email", "", "phoneNumber", "1234567890"),
                        "culture", "en-US"),
                "organizationProfileLanguage", "en");
    }

    Response createReseller(String token, Object body) {
        return as(token).contentType("application/json").body(body).post("/v1/sandboxIndirectReseller");
    }

    /** A valid create-customer body in the documentation's camelCase, with a unique domain. */
    static Map<String, Object> customerBody(String companyName) {
        String domain = "emu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".onmicrosoft.com";
        return Map.of(
                "companyProfile", Map.of("domain", domain),
                "billingProfile", Map.of("culture", "en-US", "email", "ada@example.com", "language", "en",
                        "companyName", companyName,
                        "defaultAddress", Map.of("firstName", "Ada", "lastName", "Admin", "addressLine1", "One Microsoft Way",
                                "city", "Redmond", "state", "WA", "postalCode", "98052", "country", "US")));
    }

    /** {@link #customerBody} for an indirect reseller's customer. */
    static Map<String, Object> customerBodyFor(String companyName, String resellerTenantId) {
        Map<String, Object> body = new java.util.HashMap<>(customerBody(companyName));
        body.put("associatedPartnerId", resellerTenantId);
        return body;
    }

    Response createCustomer(String token, Object body) {
        return as(token).contentType("application/json").body(body).post("/v1/customers");
    }

    /** Creates a customer and returns its id. */
    String customer(String token, Object body) {
        Response created = createCustomer(token, body);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.path("id");
    }

    /** An order body: one line per offer id, quantity 1, optionally with a partner of record. */
    static Map<String, Object> orderBody(String partnerIdOnRecord, String... offerIds) {
        java.util.List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < offerIds.length; i++) {
            Map<String, Object> line = new java.util.HashMap<>(Map.of("lineItemNumber", i, "offerId", offerIds[i], "quantity", 1));
            if (partnerIdOnRecord != null) {
                line.put("partnerIdOnRecord", partnerIdOnRecord);
            }
            lines.add(line);
        }
        return Map.of("lineItems", lines);
    }

    Response placeOrder(String token, String customerId, Object body) {
        return as(token).contentType("application/json").body(body).post("/v1/customers/" + customerId + "/orders");
    }

    /** Places an order and returns it. */
    JsonPath order(String token, String customerId, Object body) {
        Response placed = placeOrder(token, customerId, body);
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        return placed.jsonPath();
    }

    Response cancelOrder(String token, String customerId, String orderId) {
        return as(token).contentType("application/json").body(Map.of("id", orderId, "status", "cancelled"))
                .patch("/v1/customers/" + customerId + "/orders/" + orderId);
    }

    Response setSubscriptionStatus(String token, String customerId, String subscriptionId, String status) {
        return as(token).contentType("application/json").body(Map.of("status", status))
                .patch("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId);
    }

    /** A sandbox reseller of the provider whose App+User token is given: its create answer. */
    JsonPath reseller(String providerToken) {
        Response created = createReseller(providerToken, resellerBody("6363276", "US"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath();
    }

    /** The reseller's own App+User token: its admin account signs in through the provider's app. */
    String resellerToken(JsonPath reseller, Account provider) {
        return passwordGrant(reseller.getString("accountId"), provider.clientId(),
                reseller.getString("tenant.adminUserAccount"), reseller.getString("tenant.password"))
                .then().statusCode(200).extract().path("access_token");
    }

    JsonPath state() {
        return request().get("/_emulator/state").then().statusCode(200).extract().jsonPath();
    }

    /** Checks the Partner Center error shape and returns the code. */
    static int errorCode(Response response, int status) {
        response.then().statusCode(status);
        JsonPath json = response.jsonPath();
        assertThat(json.get("code") instanceof Integer).as("code is a JSON number in %s", response.asString()).isTrue();
        assertThat(json.getString("description")).as("description").isNotBlank();
        assertThat(json.getString("source")).as("source").isEqualTo("PartnerFD");
        assertThat(json.getList("data")).as("data").isNotNull();
        return json.getInt("code");
    }

    /**
     * As a {@code @RegisterExtension static} field, one emulator serves a whole test class and is
     * stopped after it: no start/stop methods in each class.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
