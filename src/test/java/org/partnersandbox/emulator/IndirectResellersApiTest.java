package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.partnersandbox.emulator.http.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.resellerBody;

/** Seeds 002 and 003: sandbox indirect resellers, created, listed and deleted by their provider. */
class IndirectResellersApiTest {

    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";
    private static final String SANDBOX_ID = "6363276";

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private EmulatorHttp.Account provider;
    private String token;

    @BeforeEach
    void freshProvider() {
        provider = http.provision("indirectProvider");
        token = http.appUserToken(provider);
    }

    @Test
    void create_returns_the_reseller_in_the_documented_shape() {
        JsonPath ir = http.createReseller(token, resellerBody(SANDBOX_ID, "US")).then().statusCode(201).extract().jsonPath();
        assertThat(ir.getString("accountId")).matches("[0-9a-f-]{36}").isEqualTo(ir.getString("tenant.id"));
        assertThat(ir.getString("mpnId")).isEqualTo(SANDBOX_ID);
        assertThat(ir.getString("tenant.adminUserAccount")).matches("admin@Emu[0-9a-f]{16}\\.onmicrosoft\\.com");
        assertThat(ir.getString("tenant.password")).isNotBlank();
        assertThat(ir.getString("agreementSignature.agreementType")).isEqualTo("ValueAddedReseller");
        assertThat(ir.getString("agreementSignature.accountId")).isEqualTo(ir.getString("accountId"));
        assertThat(ir.getString("agreementSignature.attributes.objectType")).isEqualTo("AgreementSignatureResponse");
        assertThat(ir.getString("partnerRelationship.relationshipType")).isEqualTo("is_indirect_reseller_of");
        assertThat(ir.getString("partnerRelationship.state")).isEqualTo("Active");
        assertThat(ir.getString("partnerRelationship.id")).isEqualTo(provider.tenantId());
        assertThat(ir.getString("partnerRelationship.mpnId")).isEqualTo(SANDBOX_ID);
        assertThat(ir.getString("partnerRelationship.attributes.objectType")).isEqualTo("PartnerRelationshipResponse");
    }

    @Test
    void new_reseller_is_listed_as_an_active_relationship_of_its_provider() {
        String accountId = createdReseller();
        JsonPath list = http.as(token).get(RELATIONSHIPS).then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(list.getInt("totalCount")).isEqualTo(1);
        assertThat(list.getString("items[0].id")).isEqualTo(accountId);
        assertThat(list.getString("items[0].relationshipType")).isEqualTo("is_indirect_cloud_solution_provider_of");
        assertThat(list.getString("items[0].state")).isEqualTo("Active");
        assertThat(list.getString("items[0].mpnId")).isEqualTo(SANDBOX_ID);
    }

    @Test
    void delete_answers_204_with_no_body_and_the_reseller_is_gone() {
        String accountId = createdReseller();
        Response deleted = http.as(token).delete("/v1/sandboxIndirectReseller/" + accountId);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.asByteArray()).isEmpty();
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void delete_is_idempotent() {
        String accountId = createdReseller();
        http.as(token).delete("/v1/sandboxIndirectReseller/" + accountId).then().statusCode(204);
        http.as(token).delete("/v1/sandboxIndirectReseller/" + accountId).then().statusCode(204);
    }

    @Test
    void the_printed_double_slash_path_is_routed_too() throws Exception {
        // rest-assured's HTTP client rewrites "//" to "/" before sending; the JDK client sends the path as written
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest create = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/v1//sandboxIndirectReseller"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString()).header("MS-CorrelationId", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(resellerBody(SANDBOX_ID, "US"))))
                .build();
        assertThat(create.uri().getRawPath()).isEqualTo("/v1//sandboxIndirectReseller");
        HttpResponse<String> created = client.send(create, HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String accountId = Json.MAPPER.readTree(created.body()).path("accountId").asText();
        HttpRequest delete = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/v1//sandboxIndirectReseller/" + accountId))
                .header("Authorization", "Bearer " + token)
                .header("MS-RequestId", UUID.randomUUID().toString()).header("MS-CorrelationId", UUID.randomUUID().toString())
                .DELETE().build();
        assertThat(client.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).isEmpty();
    }


    @Test
    void delete_of_an_unknown_reseller_is_404_and_a_malformed_id_is_400() {
        assertThat(errorCode(http.as(token).delete("/v1/sandboxIndirectReseller/" + UUID.randomUUID()), 404)).isEqualTo(60003);
        assertThat(errorCode(http.as(token).delete("/v1/sandboxIndirectReseller/..%2F..%2Fetc"), 400)).isEqualTo(800002);
    }

    @Test
    void another_providers_reseller_cannot_be_deleted() {
        String accountId = createdReseller();
        String otherToken = http.appUserToken(http.provision("indirectProvider"));
        errorCode(http.as(otherToken).delete("/v1/sandboxIndirectReseller/" + accountId), 404);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items.id")).containsExactly(accountId);
    }

    @Test
    void a_production_account_is_refused_with_6002_and_nothing_is_created() {
        EmulatorHttp.Account production = http.provision("productionAccount");
        String productionToken = http.appUserToken(production);
        assertThat(errorCode(http.createReseller(productionToken, resellerBody(SANDBOX_ID, "US")), 401)).isEqualTo(6002);
        assertThat(errorCode(http.as(productionToken).delete("/v1/sandboxIndirectReseller/" + UUID.randomUUID()), 401)).isEqualTo(6002);
        assertThat(http.request().get("/_emulator/state").jsonPath().getList("indirectResellers.providerTenantId"))
                .doesNotContain(production.tenantId());
    }

    @Test
    void a_direct_bill_partner_is_not_a_tip_provider() {
        String dbpToken = http.appUserToken(http.provision("directBillPartner"));
        assertThat(errorCode(http.createReseller(dbpToken, resellerBody(SANDBOX_ID, "US")), 401)).isEqualTo(6002);
    }

    @Test
    void an_app_only_token_is_refused_with_900329() {
        String appOnly = http.appOnlyToken(provider);
        assertThat(errorCode(http.createReseller(appOnly, resellerBody(SANDBOX_ID, "US")), 403)).isEqualTo(900329);
        String accountId = createdReseller();
        assertThat(errorCode(http.as(appOnly).delete("/v1/sandboxIndirectReseller/" + accountId), 403)).isEqualTo(900329);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items.id")).containsExactly(accountId);
    }

    @Test
    void create_and_delete_require_both_request_ids() {
        for (String header : List.of("MS-RequestId", "MS-CorrelationId")) {
            var request = http.request().header("Authorization", "Bearer " + token)
                    .header(header.equals("MS-RequestId") ? "MS-CorrelationId" : "MS-RequestId", UUID.randomUUID().toString());
            Response refused = request.contentType("application/json").body(resellerBody(SANDBOX_ID, "US")).post("/v1/sandboxIndirectReseller");
            assertThat(errorCode(refused, 400)).isEqualTo(800002);
            assertThat(refused.jsonPath().getString("description")).contains(header);
        }
        String accountId = createdReseller();
        errorCode(http.request().header("Authorization", "Bearer " + token).header("MS-RequestId", "x")
                .delete("/v1/sandboxIndirectReseller/" + accountId), 400);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items.id")).containsExactly(accountId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mpnId", "tenant", "tenant.domainPrefix", "tenant.name", "tenant.displayName", "tenant.adminUserName",
            "tenant.adminFirstName", "tenant.adminLastName", "tenant.adminAlternateEmail", "tenant.country", "tenant.culture",
            "legalBusinessProfile", "legalBusinessProfile.companyName", "legalBusinessProfile.address",
            "legalBusinessProfile.address.city", "legalBusinessProfile.primaryContact",
            "legalBusinessProfile.primaryContact.phoneNumber", "legalBusinessProfile.culture", "organizationProfileLanguage"})
    void each_missing_required_property_is_refused_by_name(String property) {
        Response refused = http.createReseller(token, without(resellerBody(SANDBOX_ID, "US"), property));
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains("'" + property + "'");
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void partner_id_is_accepted_for_mpn_id_and_pascal_case_names_are_read() {
        Map<String, Object> body = new HashMap<>(resellerBody(SANDBOX_ID, "US"));
        body.put("partnerId", body.remove("mpnId"));
        body.put("Tenant", body.remove("tenant"));
        http.createReseller(token, body).then().statusCode(201);
    }

    @Test
    void a_replayed_request_id_returns_the_first_reseller_and_uses_one_slot() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = resellerBody(SANDBOX_ID, "US");
        String first = http.as(token, requestId).contentType("application/json").body(body)
                .post("/v1/sandboxIndirectReseller").then().statusCode(201).extract().path("accountId");
        String second = http.as(token, requestId).contentType("application/json").body(body)
                .post("/v1/sandboxIndirectReseller").then().statusCode(201).extract().path("accountId");
        assertThat(second).isEqualTo(first);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void a_request_id_reused_with_another_body_is_a_409_conflict_and_creates_nothing() {
        String requestId = UUID.randomUUID().toString();
        http.as(token, requestId).contentType("application/json").body(resellerBody(SANDBOX_ID, "US"))
                .post("/v1/sandboxIndirectReseller").then().statusCode(201);
        Response reused = http.as(token, requestId).contentType("application/json").body(resellerBody(SANDBOX_ID, "US"))
                .post("/v1/sandboxIndirectReseller");
        assertThat(errorCode(reused, 409)).isEqualTo(800002);
        assertThat(reused.jsonPath().getString("description")).contains("Conflict", requestId, "different request body");
        assertThat(reused.asString()).doesNotContain("password");
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void a_deleted_resellers_create_is_not_replayed_and_its_password_is_not_repeated() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = resellerBody(SANDBOX_ID, "US");
        Response created = http.as(token, requestId).contentType("application/json").body(body).post("/v1/sandboxIndirectReseller");
        String id = created.then().statusCode(201).extract().path("accountId");
        String password = created.path("tenant.password");
        http.as(token).delete("/v1/sandboxIndirectReseller/" + id).then().statusCode(204);

        Response again = http.as(token, requestId).contentType("application/json").body(body).post("/v1/sandboxIndirectReseller");
        assertThat(errorCode(again, 409)).isEqualTo(800002);
        assertThat(again.jsonPath().getString("description")).contains(requestId, "deleted");
        assertThat(again.asString()).doesNotContain(password).doesNotContain(id);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void a_taken_domain_prefix_conflicts_with_1003() {
        Map<String, Object> body = resellerBody(SANDBOX_ID, "US");
        http.createReseller(token, body).then().statusCode(201);
        assertThat(errorCode(http.createReseller(token, body), 409)).isEqualTo(1003);
    }

    @Test
    void the_sixth_reseller_is_refused_with_6004_and_a_delete_frees_a_slot() {
        String first = createdReseller();
        for (int i = 1; i < 5; i++) {
            createdReseller();
        }
        assertThat(errorCode(http.createReseller(token, resellerBody(SANDBOX_ID, "US")), 403)).isEqualTo(6004);
        assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items")).hasSize(5);
        http.as(token).delete("/v1/sandboxIndirectReseller/" + first).then().statusCode(204);
        createdReseller();
    }

    @Test
    void a_production_partner_id_is_refused_with_800016() {
        assertThat(errorCode(http.createReseller(token, resellerBody("4847383", "US")), 400)).isEqualTo(800016);
        assertThat(errorCode(http.createReseller(token, resellerBody("9999999", "US")), 400)).isEqualTo(800016);
    }

    @Test
    void a_partner_id_of_another_region_is_refused_and_one_id_serves_several_resellers() {
        assertThat(errorCode(http.createReseller(token, resellerBody("6363278", "US")), 400)).isEqualTo(800016);
        String a = createdReseller();
        String b = createdReseller();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void the_reseller_signs_in_with_the_admin_account_it_was_given_and_sees_its_provider() {
        JsonPath ir = http.createReseller(token, resellerBody(SANDBOX_ID, "US")).then().statusCode(201).extract().jsonPath();
        String resellerToken = http.passwordGrant(ir.getString("accountId"), provider.clientId(),
                ir.getString("tenant.adminUserAccount"), ir.getString("tenant.password")).then().statusCode(200).extract().path("access_token");
        JsonPath providers = http.as(resellerToken).get("/v1/relationships?relationship_type=IsIndirectResellerOf")
                .then().statusCode(200).extract().jsonPath();
        assertThat(providers.getString("items[0].id")).isEqualTo(provider.tenantId());
        assertThat(providers.getString("items[0].relationshipType")).isEqualTo("is_indirect_reseller_of");
    }

    @Test
    void relationship_type_is_required_and_checked() {
        errorCode(http.as(token).get("/v1/relationships"), 400);
        errorCode(http.as(token).get("/v1/relationships?relationship_type=Bogus"), 400);
        assertThat(errorCode(http.as(http.appOnlyToken(provider)).get(RELATIONSHIPS), 403)).isEqualTo(900329);
    }

    private String createdReseller() {
        return http.createReseller(token, resellerBody(SANDBOX_ID, "US")).then().statusCode(201).extract().path("accountId");
    }

    /** A deep copy of {@code body} without the dotted {@code path}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> without(Map<String, Object> body, String path) {
        Map<String, Object> copy = new HashMap<>(body);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.remove(path);
        } else {
            String head = path.substring(0, dot);
            copy.put(head, without((Map<String, Object>) copy.get(head), path.substring(dot + 1)));
        }
        return copy;
    }
}
