package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.partnersandbox.emulator.http.IdempotentReplay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.customerBodyFor;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;

/** Seed 000 and seed 003: sandbox customers created, listed, read and deleted by their partner. */
class CustomersApiTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private static final HttpClient SDK_LIKE = HttpClient.newHttpClient();
    private EmulatorHttp.Account provider;
    private String token;

    @BeforeEach
    void freshProvider() {
        provider = http.provision("indirectProvider");
        token = http.appUserToken(provider);
    }

    @Test
    void a_domain_another_customer_in_the_sandbox_has_is_refused_with_409_1003_until_that_customer_is_deleted() {
        Map<String, Object> first = customerBody("First");
        @SuppressWarnings("unchecked")
        String domain = ((Map<String, String>) first.get("companyProfile")).get("domain");
        String firstId = http.customer(token, first);
        Map<String, Object> again = new java.util.HashMap<>(customerBody("Second"));
        again.put("companyProfile", Map.of("domain", domain.toUpperCase(java.util.Locale.ROOT)));
        String otherPartner = http.appUserToken(http.provision("directBillPartner"));

        assertThat(errorCode(http.createCustomer(token, again), 409)).as("same partner").isEqualTo(1003);
        assertThat(errorCode(http.createCustomer(otherPartner, again), 409)).as("another partner").isEqualTo(1003);
        http.as(token).delete("/v1/customers/" + firstId).then().statusCode(204);
        http.createCustomer(otherPartner, again).then().statusCode(201);
    }

    @Test
    void create_returns_201_and_the_documented_customer_shape() {
        Response created = http.createCustomer(token, customerBody("Wingtip Toys"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        JsonPath customer = created.jsonPath();
        assertThat(customer.getString("id")).matches("[0-9a-f-]{36}").isEqualTo(customer.getString("companyProfile.tenantId"));
        assertThat(customer.getString("commerceId")).matches("[0-9a-f-]{36}");
        assertThat(customer.getString("companyProfile.domain")).endsWith(".onmicrosoft.com");
        assertThat(customer.getString("companyProfile.companyName")).isEqualTo("Wingtip Toys");
        assertThat(customer.getString("companyProfile.attributes.objectType")).isEqualTo("CustomerCompanyProfile");
        assertThat(customer.getString("billingProfile.email")).isEqualTo("ada@example.com");
        assertThat(customer.getString("billingProfile.culture")).isEqualTo("en-US");
        assertThat(customer.getString("billingProfile.defaultAddress.city")).isEqualTo("Redmond");
        assertThat(customer.getString("billingProfile.attributes.etag")).isNotBlank();
        assertThat(customer.getString("billingProfile.attributes.objectType")).isEqualTo("CustomerBillingProfile");
        assertThat(customer.getString("relationshipToPartner")).isEqualTo("reseller");
        assertThat(customer.getBoolean("allowDelegatedAccess")).isTrue();
        assertThat(customer.getString("userCredentials.userName")).isEqualTo("admin");
        assertThat(customer.getString("userCredentials.password")).isNotBlank();
        assertThat(customer.getString("links.self.uri")).isEqualTo("/customers/" + customer.getString("id"));
        assertThat(customer.getString("attributes.objectType")).isEqualTo("Customer");
        assertThat(customer.getString("associatedPartnerId")).isNull();
    }

    @Test
    void a_pascal_case_body_as_the_sdk_sends_it_is_read() {
        Map<String, Object> body = Map.of(
                "Id", "", "CompanyProfile", Map.of("Domain", "pascal" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com"),
                "BillingProfile", Map.of("Culture", "EN-US", "Email", "test@outlook.com", "Language", "en", "CompanyName", "test company",
                        "DefaultAddress", Map.of("FirstName", "Test", "LastName", "Test", "AddressLine1", "One Microsoft Way",
                                "City", "Redmond", "State", "WA", "PostalCode", "98052", "Country", "US")),
                "RelationshipToPartner", "none", "Attributes", Map.of("ObjectType", "Customer"));
        JsonPath customer = http.createCustomer(token, body).then().statusCode(201).extract().jsonPath();
        assertThat(customer.getString("billingProfile.companyName")).isEqualTo("test company");
        assertThat(customer.getString("billingProfile.culture")).isEqualTo("en-US");
        assertThat(customer.getString("relationshipToPartner")).isEqualTo("reseller");
    }

    @Test
    void create_for_a_reseller_echoes_associated_partner_id() {
        String resellerId = http.reseller(token).getString("accountId");
        JsonPath customer = http.createCustomer(token, customerBodyFor("For IR", resellerId)).then().statusCode(201).extract().jsonPath();
        assertThat(customer.getString("associatedPartnerId")).isEqualTo(resellerId);
        assertThat(customer.getString("relationshipToPartner")).isEqualTo("reseller");
        assertThat(customer.getBoolean("allowDelegatedAccess")).isTrue();
    }

    @Test
    void the_documented_pascal_case_body_for_a_reseller_with_null_fields_is_read() {
        String resellerId = http.reseller(token).getString("accountId");
        String body = """
                {"Id": null, "CommerceId": null,
                 "CompanyProfile": {"TenantId": null, "Domain": "WingtipToys%s.onmicrosoft.com", "CompanyName": null,
                                    "Attributes": {"ObjectType": "CustomerCompanyProfile"}},
                 "BillingProfile": {"Id": null, "FirstName": null, "LastName": null, "Email": "Gena@wingtiptoys.com",
                                    "Culture": "EN-US", "Language": "En", "CompanyName": "Wingtip Toys",
                                    "DefaultAddress": {"Country": "US", "Region": null, "City": "Redmond", "State": "WA",
                                                       "AddressLine1": "One Microsoft Way", "AddressLine2": null, "PostalCode": "98052",
                                                       "FirstName": "Gena", "LastName": "Soto", "PhoneNumber": "4255550101"},
                                    "Attributes": {"ObjectType": "CustomerBillingProfile"}},
                 "RelationshipToPartner": "none", "AllowDelegatedAccess": null, "UserCredentials": null, "CustomDomains": null,
                 "AssociatedPartnerId": "%s", "Attributes": {"ObjectType": "Customer"}}
                """.formatted(UUID.randomUUID().toString().substring(0, 8), resellerId);
        JsonPath customer = http.createCustomer(token, body).then().statusCode(201).extract().jsonPath();
        assertThat(customer.getString("associatedPartnerId")).isEqualTo(resellerId);
        assertThat(customer.getString("relationshipToPartner")).isEqualTo("reseller");
        assertThat(customer.getString("billingProfile.defaultAddress.phoneNumber")).isEqualTo("4255550101");
        assertThat(customer.getString("billingProfile.defaultAddress.region")).isNull();
    }

    @Test
    void a_direct_bill_partner_creates_and_deletes_customers_too() {
        EmulatorHttp.Account dbp = http.provision("directBillPartner");
        String dbpToken = http.appUserToken(dbp);
        String id = http.customer(dbpToken, customerBody("Direct Customer"));
        assertThat(http.as(dbpToken).get("/v1/customers").jsonPath().getList("items.id")).containsExactly(id);
        http.as(dbpToken).delete("/v1/customers/" + id).then().statusCode(204);
    }

    @Test
    void associated_partner_id_that_is_not_a_reseller_of_the_caller_is_refused_with_800016() {
        String othersReseller = http.reseller(http.appUserToken(http.provision("indirectProvider"))).getString("accountId");
        for (String id : List.of(othersReseller, UUID.randomUUID().toString(), provider.tenantId())) {
            Response refused = http.createCustomer(token, customerBodyFor("Nope", id));
            assertThat(errorCode(refused, 400)).as(id).isEqualTo(800016);
            assertThat(refused.jsonPath().getString("description")).contains(id);
        }
        assertThat(errorCode(http.createCustomer(token, customerBodyFor("Nope", "not-a-guid")), 400)).isEqualTo(800002);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void create_for_a_reseller_with_an_app_only_token_is_refused_with_900329() {
        String resellerId = http.reseller(token).getString("accountId");
        String appOnly = http.appOnlyToken(provider);
        assertThat(errorCode(http.createCustomer(appOnly, customerBodyFor("App only", resellerId)), 403)).isEqualTo(900329);
        http.createCustomer(appOnly, customerBody("Direct, app only")).then().statusCode(201);
    }

    @Test
    void get_returns_the_customer_with_delegated_access_and_custom_domains() {
        String id = http.customer(token, customerBody("Read Me"));
        JsonPath customer = http.as(token).get("/v1/customers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(customer.getString("id")).isEqualTo(id);
        assertThat(customer.getBoolean("allowDelegatedAccess")).isTrue();
        assertThat(customer.getList("customDomains")).containsExactly(customer.getString("companyProfile.domain"));
        assertThat(customer.getString("userCredentials")).as("credentials are shown only at creation").isNull();
        assertThat(customer.getString("billingProfile.links.self.uri")).isEqualTo("/customers/" + id + "/profiles/billing");
    }

    @Test
    void get_gives_the_company_address_and_email_from_the_create_request() {
        String id = http.customer(token, customerBody("Addressed"));
        JsonPath customer = http.as(token).get("/v1/customers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(customer.getString("companyProfile.email")).isEqualTo("ada@example.com");
        assertThat(customer.getString("companyProfile.address.country")).isEqualTo("US");
        assertThat(customer.getString("companyProfile.address.city")).isEqualTo("Redmond");
        assertThat(customer.getString("companyProfile.address.addressLine1")).isEqualTo("One Microsoft Way");
        assertThat(customer.getString("companyProfile.address.postalCode")).isEqualTo("98052");
        assertThat(customer.getString("companyProfile.address.phoneNumber")).isEmpty();
    }

    @Test
    void unknown_customer_is_404_60003_and_a_malformed_id_is_400_900118() {
        assertThat(errorCode(http.as(token).get("/v1/customers/" + UUID.randomUUID()), 404)).isEqualTo(60003);
        assertThat(errorCode(http.as(token).get("/v1/customers/not-a-tenant"), 400)).isEqualTo(900118);
    }

    @Test
    void another_providers_customer_is_403_20002() {
        String id = http.customer(token, customerBody("Mine"));
        String otherToken = http.appUserToken(http.provision("directBillPartner"));
        assertThat(errorCode(http.as(otherToken).get("/v1/customers/" + id), 403)).isEqualTo(20002);
        assertThat(errorCode(http.as(otherToken).delete("/v1/customers/" + id), 403)).isEqualTo(20002);
        http.as(token).get("/v1/customers/" + id).then().statusCode(200);
    }

    @Test
    void list_returns_the_callers_customers_as_a_collection() {
        String a = http.customer(token, customerBody("Alpha"));
        String b = http.customer(token, customerBody("Beta"));
        http.customer(http.appUserToken(http.provision("indirectProvider")), customerBody("Someone else's"));
        JsonPath list = http.as(token).get("/v1/customers?size=40").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(list.getInt("totalCount")).isEqualTo(2);
        assertThat(list.getList("items.id")).containsExactly(a, b);
        assertThat(list.getList("items.relationshipToPartner")).containsOnly("reseller");
        assertThat(list.getList("items.attributes.objectType")).containsOnly("Customer");
        assertThat(list.getString("links.self.uri")).isEqualTo("/customers?size=40");
        assertThat(list.getString("continuationToken")).isNull();
        assertThat(list.getString("links.next")).isNull();
    }

    @Test
    void the_indirect_reseller_filter_returns_exactly_that_resellers_customers() {
        String reseller = http.reseller(token).getString("accountId");
        String otherReseller = http.reseller(token).getString("accountId");
        String mine = http.customer(token, customerBodyFor("Of IR one", reseller));
        http.customer(token, customerBodyFor("Of IR two", otherReseller));
        http.customer(token, customerBody("Direct"));
        String filter = "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\",\"Operator\":\"starts_with\"}";
        JsonPath list = http.as(token).urlEncodingEnabled(false)
                .get("/v1/customers?size=0&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id")).containsExactly(mine);
    }

    @Test
    void the_official_java_sdk_filter_form_lists_an_indirect_resellers_customers() {
        String reseller = http.reseller(token).getString("accountId");
        String mine = http.customer(token, customerBodyFor("Of the SDK's reseller", reseller));
        http.customer(token, customerBody("Direct"));
        // Partner-Center-Java's SimpleFieldFilter as Jackson writes it: lower-case keys, fieldType, StartsWith
        String filter = "{\"field\":\"IndirectReseller\",\"value\":\"" + reseller
                + "\",\"fieldType\":\"String\",\"operator\":\"StartsWith\"}";
        assertThat(filtered(filter).then().statusCode(200).extract().jsonPath().getList("items.id")).containsExactly(mine);
    }

    @Test
    void a_filter_in_any_other_form_is_refused_with_400_800002() {
        String reseller = http.reseller(token).getString("accountId");
        for (String filter : List.of(
                "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\",\"Operator\":\"Equals\"}",
                "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\",\"Operator\":\"NotStartsWith\"}",
                "{\"field\":\"IndirectReseller\",\"value\":\"" + reseller + "\",\"fieldType\":\"Int\",\"operator\":\"StartsWith\"}",
                "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\",\"Operator\":\"starts_with\",\"Sort\":\"asc\"}",
                "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\"}")) {
            assertThat(errorCode(filtered(filter), 400)).as(filter).isEqualTo(800002);
        }
    }

    private Response filtered(String filter) {
        return http.as(token).urlEncodingEnabled(false)
                .get("/v1/customers?size=0&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    @Test
    void company_name_and_domain_filters_match_prefixes_case_insensitively() {
        String contoso = http.customer(token, customerBody("Contoso Ltd"));
        http.customer(token, customerBody("Fabrikam"));
        assertThat(listWithFilter("CompanyName", "cONTOSO")).containsExactly(contoso);
        String domain = http.as(token).get("/v1/customers/" + contoso).jsonPath().getString("companyProfile.domain");
        assertThat(listWithFilter("Domain", domain.substring(0, 10).toUpperCase())).containsExactly(contoso);
    }

    @Test
    void thirty_customers_are_paged_through_by_following_links_next_as_the_official_sdks_do() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(http.customer(token, customerBody("Paged " + i)));
        }
        List<Object> seen = new ArrayList<>();
        JsonPath page = http.as(token).get("/v1/customers?size=10").then().statusCode(200).extract().jsonPath();
        int pages = 1;
        seen.addAll(page.getList("items.id"));
        while (page.get("links.next") != null) {
            assertThat(page.getList("items")).hasSize(10);
            assertThat(page.getInt("totalCount")).isEqualTo(10);
            String uri = page.getString("links.next.uri");
            assertThat(uri).as("documented links leave the version out").startsWith("/customers?").endsWith("&seekOperation=Next");
            assertThat(page.getString("links.next.method")).isEqualTo("GET");
            assertThat(page.getString("links.next.headers[0].key")).isEqualTo("MS-ContinuationToken");
            assertThat(page.getString("links.next.headers[0].value")).isEqualTo(page.getString("continuationToken"));
            page = JsonPath.from(followAsTheSdkDoes(page));
            seen.addAll(page.getList("items.id"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    /**
     * Partner-Center-Java's PartnerServiceClient.get(Link): root + "/" + "v1" + "/" + link.uri, sent as it is
     * (no re-encoding), with the link's headers added to its own.
     */
    private String followAsTheSdkDoes(JsonPath page) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/v1/" + page.getString("links.next.uri")))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString()).header("MS-CorrelationId", UUID.randomUUID().toString());
        List<Map<String, String>> headers = page.getList("links.next.headers");
        headers.forEach(header -> request.header(header.get("key"), header.get("value")));
        HttpResponse<String> response = SDK_LIKE.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void a_filtered_list_pages_too_and_links_next_keeps_the_filter() throws Exception {
        String reseller = http.reseller(token).getString("accountId");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(http.customer(token, customerBodyFor("IR customer " + i, reseller)));
            http.customer(token, customerBody("Direct " + i));
        }
        String filter = "{\"Field\":\"IndirectReseller\",\"Value\":\"" + reseller + "\",\"Operator\":\"starts_with\"}";
        JsonPath page = http.as(token).urlEncodingEnabled(false)
                .get("/v1/customers?size=3&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)).then().statusCode(200).extract().jsonPath();
        List<Object> seen = new ArrayList<>(page.getList("items.id"));
        while (page.get("links.next") != null) {
            page = JsonPath.from(followAsTheSdkDoes(page));
            seen.addAll(page.getList("items.id"));
        }
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void size_zero_or_absent_returns_everything_in_one_page() {
        for (int i = 0; i < 12; i++) {
            http.customer(token, customerBody("All " + i));
        }
        assertThat(http.as(token).get("/v1/customers?size=0").jsonPath().getList("items")).hasSize(12);
        JsonPath all = http.as(token).get("/v1/customers").jsonPath();
        assertThat(all.getList("items")).hasSize(12);
        assertThat(all.getString("continuationToken")).isNull();
    }

    @Test
    void next_page_without_or_with_a_forged_continuation_token_is_400() {
        assertThat(errorCode(http.as(token).get("/v1/customers?size=10&seekOperation=Next"), 400)).isEqualTo(800002);
        assertThat(errorCode(http.as(token).header("MS-ContinuationToken", "forged!").get("/v1/customers?size=10&seekOperation=Next"), 400))
                .isEqualTo(800002);
        assertThat(errorCode(http.as(token).get("/v1/customers?size=10&seekOperation=Previous"), 400)).isEqualTo(800002);
    }

    @Test
    void a_request_id_reused_with_another_body_is_a_409_conflict_and_a_deleted_customers_create_is_not_replayed() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = customerBody("Once");
        Response first = http.as(token, requestId).contentType("application/json").body(body).post("/v1/customers");
        String id = first.then().statusCode(201).extract().path("id");
        assertThat(errorCode(http.as(token, requestId).contentType("application/json").body(customerBody("Other"))
                .post("/v1/customers"), 409)).isEqualTo(800002);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items.id")).containsExactly(id);

        http.as(token).delete("/v1/customers/" + id).then().statusCode(204);
        Response again = http.as(token, requestId).contentType("application/json").body(body).post("/v1/customers");
        assertThat(errorCode(again, 409)).isEqualTo(800002);
        assertThat(again.asString()).doesNotContain(first.jsonPath().getString("userCredentials.password"));
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void a_replayed_request_id_returns_the_first_customer_and_creates_one() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = customerBody("Once");
        String first = http.as(token, requestId).contentType("application/json").body(body).post("/v1/customers")
                .then().statusCode(201).extract().path("id");
        String second = http.as(token, requestId).contentType("application/json").body(body).post("/v1/customers")
                .then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(1);
        // a fresh request id creates another (with its own domain: a customer's domain is unique in the sandbox)
        http.createCustomer(token, customerBody("Once")).then().statusCode(201);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(2);
    }

    @Test
    void a_retry_that_writes_the_same_body_with_keys_in_another_order_is_replayed_byte_for_byte() {
        String requestId = UUID.randomUUID().toString();
        String domain = "emu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".onmicrosoft.com";
        String address = "\"defaultAddress\": {\"firstName\": \"Ada\", \"lastName\": \"Admin\", \"addressLine1\": \"One Microsoft Way\","
                + " \"city\": \"Redmond\", \"state\": \"WA\", \"postalCode\": \"98052\", \"country\": \"US\"}";
        String sent = "{\"companyProfile\": {\"domain\": \"" + domain + "\"}, \"billingProfile\": {\"culture\": \"en-US\","
                + " \"email\": \"ada@example.com\", \"language\": \"en\", \"companyName\": \"Once\", " + address + "}}";
        String reordered = "{\"billingProfile\":{" + address.replace(": ", ":") + ",\"companyName\":\"Once\",\"language\":\"en\","
                + "\"email\":\"ada@example.com\",\"culture\":\"en-US\"},\n  \"companyProfile\":{\"domain\":\"" + domain + "\"}}";
        Response first = http.as(token, requestId).contentType("application/json").body(sent).post("/v1/customers");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        Response again = http.as(token, requestId).contentType("application/json").body(reordered).post("/v1/customers");
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
        assertThat(again.asByteArray()).as("the first answer, its password included").isEqualTo(first.asByteArray());
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(1);
        String changed = reordered.replace("\"Once\"", "\"Twice\"");
        assertThat(errorCode(http.as(token, requestId).contentType("application/json").body(changed).post("/v1/customers"), 409))
                .as("one value changed is another body").isEqualTo(800002);
    }

    @Test
    void a_retry_in_another_charset_is_the_same_body_and_after_a_delete_each_retry_hears_which_conflict_it_is() {
        retriesInCharsetsAndAfterADelete("");
    }

    @Test
    void so_is_a_body_too_large_to_be_kept_as_sent() {
        retriesInCharsetsAndAfterADelete("\"notes\":\"" + "n".repeat(IdempotentReplay.KEPT_BODY) + "\",");
    }

    /** {@code extra}: properties to add to the body, each followed by a comma. */
    private void retriesInCharsetsAndAfterADelete(String extra) {
        String requestId = UUID.randomUUID().toString();
        String domain = "emu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".onmicrosoft.com";
        String sent = "{" + extra + "\"companyProfile\":{\"domain\":\"" + domain + "\"},\"billingProfile\":{\"culture\":\"en-US\","
                + "\"email\":\"zoe@example.com\",\"language\":\"en\",\"companyName\":\"Zoë\",\"defaultAddress\":{"
                + "\"addressLine1\":\"One Microsoft Way\",\"city\":\"Redmond\",\"state\":\"WA\",\"postalCode\":\"98052\",\"country\":\"US\"}}}";
        Response first = http.as(token, requestId).contentType("application/json; charset=UTF-8").body(sent.getBytes(StandardCharsets.UTF_8))
                .post("/v1/customers");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        Response inUtf16 = http.as(token, requestId).contentType("application/json; charset=UTF-16")
                .body(sent.getBytes(StandardCharsets.UTF_16)).post("/v1/customers");
        assertThat(inUtf16.statusCode()).as(inUtf16.asString()).isEqualTo(201);
        assertThat(inUtf16.asByteArray()).as("the first answer again").isEqualTo(first.asByteArray());
        Response sameBytesOtherText = http.as(token, requestId).contentType("application/json; charset=ISO-8859-1")
                .body(sent.getBytes(StandardCharsets.UTF_8)).post("/v1/customers");
        assertThat(errorCode(sameBytesOtherText, 409)).as("the same bytes read as Latin-1 are another name").isEqualTo(800002);
        assertThat(sameBytesOtherText.jsonPath().getString("description")).contains("different request body");

        http.as(token).delete("/v1/customers/" + first.jsonPath().getString("id")).then().statusCode(204);
        String reordered = "{\"billingProfile\":" + sent.substring(sent.indexOf("{\"culture"), sent.length() - 1)
                + "," + extra + "\"companyProfile\":{\"domain\":\"" + domain + "\"}}";
        Response same = http.as(token, requestId).contentType("application/json").body(reordered.getBytes(StandardCharsets.UTF_8))
                .post("/v1/customers");
        assertThat(errorCode(same, 409)).isEqualTo(800002);
        assertThat(same.jsonPath().getString("description")).as("the same body, keys reordered").contains("deleted");
        Response other = http.as(token, requestId).contentType("application/json")
                .body(reordered.replace("Zoë", "Zoe").getBytes(StandardCharsets.UTF_8)).post("/v1/customers");
        assertThat(errorCode(other, 409)).isEqualTo(800002);
        assertThat(other.jsonPath().getString("description")).contains("different request body");
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void the_bearer_scheme_is_read_in_any_case_and_its_token_with_any_spaces_around_it() {
        for (String header : List.of("bearer " + token, "BEARER \t " + token, "Bearer   " + token + "\t")) {
            http.request().header("Authorization", header).get("/v1/customers").then().statusCode(200);
        }
        http.request().header("Authorization", "Bearer " + token.substring(1)).get("/v1/customers").then().statusCode(401);
        http.request().header("Authorization", "Bearer " + token.substring(0, token.length() - 1)).get("/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void delete_answers_204_with_an_empty_body_and_the_customer_is_gone() {
        String reseller = http.reseller(token).getString("accountId");
        String id = http.customer(token, customerBodyFor("Short-lived", reseller));
        Response deleted = http.as(token).delete("/v1/customers/" + id);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.asByteArray()).isEmpty();
        assertThat(errorCode(http.as(token).get("/v1/customers/" + id), 404)).isEqualTo(60003);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).isEmpty();
        assertThat(http.state().getList("customers.id")).doesNotContain(id);
        assertThat(errorCode(http.as(token).delete("/v1/customers/" + id), 404)).isEqualTo(60003);
    }

    @Test
    void list_and_delete_work_with_app_only_and_with_app_user_tokens() {
        String appOnly = http.appOnlyToken(provider);
        String a = http.customer(token, customerBody("A"));
        String b = http.customer(token, customerBody("B"));
        assertThat(http.as(appOnly).get("/v1/customers").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactly(a, b);
        http.as(appOnly).delete("/v1/customers/" + a).then().statusCode(204);
        http.as(token).delete("/v1/customers/" + b).then().statusCode(204);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void a_production_account_cannot_delete_customers() {
        String productionToken = http.appUserToken(http.provision("productionAccount"));
        String own = http.customer(productionToken, customerBody("Production customer"));
        Response refused = http.as(productionToken).delete("/v1/customers/" + own);
        assertThat(errorCode(refused, 400)).isEqualTo(900127);
        http.as(productionToken).get("/v1/customers/" + own).then().statusCode(200);
    }

    @Test
    void the_76th_customer_is_refused_with_800018_and_a_delete_frees_a_slot() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            ids.add(http.customer(token, customerBody("Quota " + i)));
        }
        Response refused = http.createCustomer(token, customerBody("One too many"));
        assertThat(errorCode(refused, 400)).isEqualTo(800018);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(75);
        http.as(token).delete("/v1/customers/" + ids.get(0)).then().statusCode(204);
        http.createCustomer(token, customerBody("Fits again")).then().statusCode(201);
    }

    @Test
    void ten_parallel_creates_with_two_free_slots_create_exactly_two() throws Exception {
        for (int i = 0; i < 73; i++) {
            http.customer(token, customerBody("Existing " + i));
        }
        List<Integer> statuses = parallel(10, () -> http.createCustomer(token, customerBody("Racer")).statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(8);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(75);
    }

    private List<Object> listWithFilter(String field, String value) {
        String filter = "{\"Field\":\"" + field + "\",\"Value\":\"" + value + "\",\"Operator\":\"starts_with\"}";
        return http.as(token).urlEncodingEnabled(false).get("/v1/customers?size=0&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
