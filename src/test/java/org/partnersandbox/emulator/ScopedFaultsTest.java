package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;

/**
 * Faults scoped to one tenant, and removed one by one: what lets scenarios that run side by side
 * (each with its own partner account) inject faults without hitting each other.
 */
class ScopedFaultsTest {

    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();

    private static JsonPath arm(Map<String, Object> fault) {
        return http.request().contentType("application/json").body(fault).post("/_emulator/faults")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void a_fault_for_one_tenant_hits_its_calls_and_spares_every_other_tenant() {
        EmulatorHttp.Account faulted = http.provision("indirectProvider");
        EmulatorHttp.Account other = http.provision("indirectProvider");
        String faultedToken = http.appUserToken(faulted);
        String otherToken = http.appUserToken(other);
        JsonPath fault = arm(Map.of("method", "GET", "path", "/v1/relationships", "status", 503, "times", 5,
                "tenantId", faulted.tenantId()));
        assertThat(fault.getString("tenantId")).isEqualTo(faulted.tenantId());

        assertThat(http.as(otherToken).urlEncodingEnabled(false).get(RELATIONSHIPS).statusCode()).as("another tenant").isEqualTo(200);
        assertThat(errorCode(http.as(faultedToken).urlEncodingEnabled(false).get(RELATIONSHIPS), 503)).isEqualTo(800003);
        assertThat(http.request().get("/_emulator/faults").jsonPath().getInt("find { it.id == '" + fault.getString("id") + "' }.injected"))
                .as("hits of the scoped fault").isEqualTo(1);
    }

    @Test
    void a_fault_for_one_tenant_also_hits_that_tenants_token_requests() {
        EmulatorHttp.Account faulted = http.provision("indirectProvider");
        arm(Map.of("method", "POST", "path", "/*/oauth2/*", "status", 429, "times", 1, "tenantId", faulted.tenantId()));

        assertThat(http.passwordGrant(faulted.tenantId(), faulted.clientId(), faulted.userName(), faulted.password()).statusCode())
                .isEqualTo(429);
    }

    @Test
    void one_fault_is_removed_by_its_id_and_the_others_stay_armed() {
        String first = arm(Map.of("path", "/v1/nothing-a", "status", 500, "times", 1)).getString("id");
        String second = arm(Map.of("path", "/v1/nothing-b", "status", 500, "times", 1)).getString("id");

        http.request().delete("/_emulator/faults/" + first).then().statusCode(204);

        assertThat(http.request().get("/_emulator/faults").jsonPath().getList("id", String.class)).contains(second).doesNotContain(first);
        assertThat(errorCode(http.request().delete("/_emulator/faults/" + first), 404)).isEqualTo(1000);
    }
}
