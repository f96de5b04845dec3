package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers seeded through the emulator's admin API ({@code POST /_emulator/customers}, docs/emulator.md):
 * a Given that needs many customers sets them up in one call instead of one Partner Center create
 * each (issue 14). Emulator only: the live sandbox has no such door, and a scenario's own actions
 * always go through Partner Center.
 */
public final class EmulatorCustomers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioHttp http;

    public EmulatorCustomers(ScenarioHttp http) {
        this.http = http;
    }

    /** Makes {@code count} customers of the partner {@code tenantId}'s own; their ids, in the order made. */
    public List<String> seed(String tenantId, int count) {
        Response response = http.request().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(JSON.createObjectNode().put("tenantId", tenantId).put("count", count).toString())
                .post("/_emulator/customers");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the emulator did not seed " + count + " customers: POST /_emulator/customers answered "
                    + response.statusCode() + " " + SecretMask.body(response.asString()));
        }
        List<String> ids = new ArrayList<>();
        try {
            JSON.readTree(response.asString()).path("customerIds").forEach((JsonNode id) -> ids.add(id.asText()));
        } catch (Exception e) {
            throw new IllegalStateException("the emulator's seeded customers cannot be read: " + SecretMask.body(response.asString()), e);
        }
        if (ids.size() != count) {
            throw new IllegalStateException("the emulator seeded " + ids.size() + " customers, not " + count);
        }
        return ids;
    }
}
