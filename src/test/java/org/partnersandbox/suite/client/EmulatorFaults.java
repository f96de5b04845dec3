package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's fault injection ({@code /_emulator/faults}, docs/emulator.md "Fault injection"),
 * for one partner tenant: faults armed here hit only that tenant's calls, so scenarios running in
 * parallel never see each other's faults. Emulator only: the live sandbox has no such door.
 */
public final class EmulatorFaults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An armed fault as the emulator lists it. */
    public record Fault(String id, int injected, List<String> requestIds) {
    }

    private final ScenarioHttp http;
    private final String tenantId;

    public EmulatorFaults(ScenarioHttp http, String tenantId) {
        this.http = http;
        this.tenantId = tenantId;
    }

    /** Answers the next {@code times} matching calls with {@code status} (429 with {@code Retry-After} seconds). */
    public Fault failNext(String method, String pathGlob, int status, int times, int retryAfterSeconds) {
        ObjectNode fault = JSON.createObjectNode().put("method", method).put("path", pathGlob).put("status", status)
                .put("times", times).put("tenantId", tenantId);
        if (status == 429) {
            fault.put("retryAfterSeconds", retryAfterSeconds);
        }
        return read(expect(http.request().contentType(ContentType.JSON).body(fault.toString()).post("/_emulator/faults"), 201,
                "arm a fault"));
    }

    /** The fault as it stands now: how many calls it hit and their {@code MS-RequestId}s. */
    public Fault current(Fault fault) {
        JsonNode all = json(expect(http.request().get("/_emulator/faults"), 200, "list the faults"));
        for (JsonNode each : all) {
            if (each.path("id").asText().equals(fault.id())) {
                return read(each);
            }
        }
        throw new IllegalStateException("the emulator no longer lists fault " + fault.id());
    }

    public void remove(Fault fault) {
        expect(http.request().delete("/_emulator/faults/" + fault.id()), 204, "remove fault " + fault.id());
    }

    /** The account ids of the indirect resellers the emulator holds for this tenant (its truth, no list delay). */
    public List<String> indirectResellersOfTenant() {
        JsonNode state = json(expect(http.request().get("/_emulator/state"), 200, "read the emulator state"));
        List<String> ids = new ArrayList<>();
        state.path("indirectResellers").forEach(r -> {
            if (r.path("providerTenantId").asText().equalsIgnoreCase(tenantId)) {
                ids.add(r.path("accountId").asText());
            }
        });
        return ids;
    }

    private static Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("the emulator did not " + what + ": " + response.statusCode() + " " + response.asString());
        }
        return response;
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new IllegalStateException("the emulator's answer is not JSON: " + response.asString(), e);
        }
    }

    private static Fault read(Response response) {
        return read(json(response));
    }

    private static Fault read(JsonNode fault) {
        List<String> requestIds = new ArrayList<>();
        fault.path("calls").forEach(call -> requestIds.add(call.path("requestId").asText(null)));
        return new Fault(fault.path("id").asText(), fault.path("injected").asInt(), requestIds);
    }
}
