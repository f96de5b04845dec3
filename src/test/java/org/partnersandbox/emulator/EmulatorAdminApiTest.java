package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;

class EmulatorAdminApiTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();

    @Test
    void accounts_lists_the_seeded_roles_with_their_credentials() {
        JsonPath accounts = http.request().get("/_emulator/accounts").then().statusCode(200).extract().jsonPath();
        assertThat(accounts.getList("role")).contains("indirectProvider", "directBillPartner", "productionAccount");
        assertThat(accounts.getList("findAll { it.role == 'productionAccount' }.sandbox")).containsOnly(false);
        assertThat(accounts.getList("app.clientSecret")).doesNotContainNull();
        assertThat(accounts.getList("tenantId")).allMatch(id -> id.toString().matches("[0-9a-f-]{36}"));
    }

    @Test
    void provision_gives_a_fresh_account_of_the_role_that_can_sign_in() {
        EmulatorHttp.Account a = http.provision("directBillPartner");
        EmulatorHttp.Account b = http.provision("directBillPartner");
        assertThat(a.role()).isEqualTo("directBillPartner");
        assertThat(a.tenantId()).isNotEqualTo(b.tenantId());
        assertThat(a.partnerId()).isNotEqualTo(b.partnerId());
        assertThat(http.appOnlyToken(a)).isNotBlank();
    }

    @Test
    void provision_refuses_an_unknown_role_by_name() {
        var refused = http.request().contentType("application/json").body(Map.of("role", "overlord")).post("/_emulator/accounts");
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains("overlord");
    }

    @Test
    void minting_a_token_refuses_an_out_of_range_or_mistyped_lifetime_or_kind() {
        String tenant = http.provision("indirectProvider").tenantId();
        for (Object lifetime : new Object[]{Long.MAX_VALUE, -Long.MAX_VALUE, "x", 1e300, 86_401}) {
            var refused = http.request().contentType("application/json")
                    .body(Map.of("tenantId", tenant, "expiresInSeconds", lifetime)).post("/_emulator/tokens");
            assertThat(errorCode(refused, 400)).as("expiresInSeconds %s", lifetime).isEqualTo(800002);
        }
        var refused = http.request().contentType("application/json")
                .body(Map.of("tenantId", tenant, "kind", "robot")).post("/_emulator/tokens");
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
    }

    @Test
    void seeded_customers_are_the_partners_own_as_a_create_makes_them_and_the_quota_still_holds() {
        EmulatorHttp.Account provider = http.provision("indirectProvider");
        String token = http.appUserToken(provider);
        List<String> seeded = http.request().contentType("application/json").body(Map.of("tenantId", provider.tenantId(), "count", 74))
                .post("/_emulator/customers").then().statusCode(201).extract().jsonPath().getList("customerIds");
        assertThat(seeded).hasSize(74).doesNotHaveDuplicates();
        assertThat(http.as(token).get("/v1/customers").jsonPath().<String>getList("items.id")).containsExactlyElementsOf(seeded);
        http.as(token).get("/v1/customers/" + seeded.get(0)).then().statusCode(200);
        assertThat(http.provision("indirectProvider").tenantId()).as("another partner").isNotEqualTo(provider.tenantId());

        // the 75th fits, the 76th is refused as a Partner Center create is (IR-04), and the ones before it stay
        var refused = http.request().contentType("application/json").body(Map.of("tenantId", provider.tenantId(), "count", 2))
                .post("/_emulator/customers");
        assertThat(errorCode(refused, 400)).isEqualTo(800018);
        assertThat(http.as(token).get("/v1/customers").jsonPath().getList("items")).hasSize(75);
    }

    @Test
    void seeding_customers_refuses_a_missing_or_wrong_count_and_an_unknown_tenant() {
        String tenant = http.provision("indirectProvider").tenantId();
        for (Object count : new Object[]{0, -1, 1001, "x", 1.5}) {
            var refused = http.request().contentType("application/json").body(Map.of("tenantId", tenant, "count", count))
                    .post("/_emulator/customers");
            assertThat(errorCode(refused, 400)).as("count %s", count).isEqualTo(800002);
        }
        assertThat(errorCode(http.request().contentType("application/json").body(Map.of("tenantId", tenant))
                .post("/_emulator/customers"), 400)).isEqualTo(800002);
        var unknown = http.request().contentType("application/json")
                .body(Map.of("tenantId", "00000000-0000-0000-0000-000000000000", "count", 1)).post("/_emulator/customers");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    /** docs/mutants.md: no rule is broken unless the admin API says so, and then only until it says otherwise. */
    @Test
    void a_mutant_is_off_until_switched_on_by_name_and_stays_on_across_a_reset_until_switched_off() {
        try (EmulatorHttp own = new EmulatorHttp()) {
            JsonPath listed = own.request().get("/_emulator/mutants").then().statusCode(200).extract().jsonPath();
            assertThat(listed.getString("active")).isNull();
            assertThat(listed.getList("mutants.name")).contains("reseller-quota-off", "customer-delete-ignores-subscriptions");
            assertThat(listed.getList("mutants.capabilities.flatten()")).contains("IR-01", "IR-23", "RR-03", "X-02");

            var unknown = own.request().contentType("application/json").body(Map.of("name", "everything-off"))
                    .put("/_emulator/mutant");
            assertThat(errorCode(unknown, 400)).isEqualTo(800002);
            assertThat(own.request().get("/_emulator/mutants").jsonPath().getString("active")).isNull();

            own.request().contentType("application/json").body(Map.of("name", "reseller-quota-off"))
                    .put("/_emulator/mutant").then().statusCode(200);
            own.request().post("/_emulator/reset").then().statusCode(204);
            assertThat(own.request().get("/_emulator/mutants").jsonPath().getString("active")).isEqualTo("reseller-quota-off");
            own.request().delete("/_emulator/mutant").then().statusCode(204);
            assertThat(own.request().get("/_emulator/mutants").jsonPath().getString("active")).isNull();
        }
    }

    @Test
    void reset_restores_the_seeded_state() {
        try (EmulatorHttp own = new EmulatorHttp()) {
            int seeded = own.request().get("/_emulator/accounts").jsonPath().getList("$").size();
            EmulatorHttp.Account provider = own.provision("indirectProvider");
            String token = own.appUserToken(provider);
            own.createReseller(token, EmulatorHttp.resellerBody("6363276", "US")).then().statusCode(201);
            assertThat(own.request().get("/_emulator/state").jsonPath().getList("indirectResellers")).hasSize(1);

            own.request().post("/_emulator/reset").then().statusCode(204);

            assertThat(own.request().get("/_emulator/accounts").jsonPath().getList("$")).hasSize(seeded);
            JsonPath state = own.request().get("/_emulator/state").jsonPath();
            assertThat(state.getList("indirectResellers")).isEmpty();
            assertThat(state.getInt("accounts")).isEqualTo(seeded);
            assertThat(errorCode(own.as(token).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf"), 401))
                    .as("the provisioned account is gone with the reset").isEqualTo(800001);
            assertThat(errorCode(own.createReseller(token, EmulatorHttp.resellerBody("6363276", "US")), 401))
                    .as("on a sandbox reseller route, whose pages document 6002").isEqualTo(6002);
        }
    }

    @Test
    void state_lists_customers_orders_and_subscriptions_and_reset_clears_them() {
        try (EmulatorHttp own = new EmulatorHttp()) {
            EmulatorHttp.Account provider = own.provision("indirectProvider");
            String token = own.appUserToken(provider);
            String reseller = own.reseller(token).getString("accountId");
            String customerId = own.customer(token, EmulatorHttp.customerBodyFor("Stateful", reseller));
            JsonPath order = own.order(token, customerId, EmulatorHttp.orderBody(null, EmulatorHttp.SEATS));

            JsonPath state = own.state();
            assertThat(state.getString("customers[0].id")).isEqualTo(customerId);
            assertThat(state.getString("customers[0].ownerTenantId")).isEqualTo(provider.tenantId());
            assertThat(state.getString("customers[0].associatedPartnerId")).isEqualTo(reseller);
            assertThat(state.getString("orders[0].id")).isEqualTo(order.getString("id"));
            assertThat(state.getString("orders[0].status")).isEqualTo("completed");
            assertThat(state.getString("subscriptions[0].id")).isEqualTo(order.getString("lineItems[0].subscriptionId"));
            assertThat(state.getString("subscriptions[0].status")).isEqualTo("active");

            own.request().post("/_emulator/reset").then().statusCode(204);

            JsonPath after = own.state();
            assertThat(after.getList("customers")).isEmpty();
            assertThat(after.getList("orders")).isEmpty();
            assertThat(after.getList("subscriptions")).isEmpty();
        }
    }
}
