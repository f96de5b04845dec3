package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calls that remove what a live run left behind, in the order the API requires: cancel an
 * order, suspend a subscription, delete a customer (integration sandbox only), delete a sandbox
 * indirect reseller. "Already gone" (404) counts as removed. Each method returns null when the
 * resource is gone, else a one-line reason.
 */
public class LeftoverRemoval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerCenterApi api;

    public LeftoverRemoval(PartnerCenterApi api) {
        this.api = api;
    }

    public String cancelOrder(String customerId, String orderId) {
        ObjectNode body = JSON.createObjectNode().put("id", orderId).put("status", "cancelled");
        return outcome(api.send("PATCH", "/v1/customers/" + customerId + "/orders/" + orderId, Map.of(), body, RequestIds.fresh()));
    }

    /** Sends the subscription back as it is, with status suspended (Partner Center patches whole resources). */
    public String suspendSubscription(String customerId, String subscriptionId) {
        String path = "/v1/customers/" + customerId + "/subscriptions/" + subscriptionId;
        ApiResponse current = api.send("GET", path, Map.of(), null, RequestIds.fresh());
        if (current.status() == 404) {
            return null;
        }
        ObjectNode body = current.json() instanceof ObjectNode object ? object.deepCopy() : JSON.createObjectNode();
        body.put("status", "suspended");
        return outcome(api.send("PATCH", path, Map.of(), body, RequestIds.fresh()));
    }

    public String deleteCustomer(String customerId) {
        return outcome(api.send("DELETE", "/v1/customers/" + customerId, Map.of(), null, RequestIds.fresh()));
    }

    public String deleteIndirectReseller(String resellerId) {
        return outcome(api.indirectResellers().delete(resellerId));
    }

    /** The caller's sandbox indirect resellers whose name starts with {@code prefix}: {id, name} pairs. */
    public List<String[]> indirectResellersNamed(String prefix) {
        List<String[]> found = new ArrayList<>();
        ApiResponse listed = api.indirectResellers().relationships();
        if (listed.status() == 200) {
            PartnerRelationship.listFrom(listed.json()).stream()
                    .filter(r -> r.name().startsWith(prefix))
                    .forEach(r -> found.add(new String[] {r.id(), r.name()}));
        }
        return found;
    }

    /** The caller's customers whose company name or domain starts with {@code prefix}: {id, name} pairs. */
    public List<String[]> customersNamed(String prefix) {
        List<String[]> found = new ArrayList<>();
        ApiResponse listed = api.send("GET", "/v1/customers", Map.of(), null, RequestIds.fresh());
        if (listed.status() == 200) {
            for (JsonNode item : listed.json().path("items")) {
                JsonNode profile = item.path("companyProfile");
                String name = profile.path("companyName").asText("");
                String domain = profile.path("domain").asText("");
                if (name.startsWith(prefix) || domain.startsWith(prefix)) {
                    found.add(new String[] {item.path("id").asText(profile.path("tenantId").asText("")), name.isEmpty() ? domain : name});
                }
            }
        }
        return found;
    }

    /** Cancels every order and suspends every subscription of a customer, so that it can be deleted. */
    public List<String> emptyCustomer(String customerId) {
        List<String> failures = new ArrayList<>();
        ApiResponse orders = api.send("GET", "/v1/customers/" + customerId + "/orders", Map.of(), null, RequestIds.fresh());
        if (orders.status() == 200) {
            for (JsonNode order : orders.json().path("items")) {
                if (!"cancelled".equalsIgnoreCase(order.path("status").asText(""))) {
                    add(failures, cancelOrder(customerId, order.path("id").asText()));
                }
            }
        }
        ApiResponse subscriptions = api.send("GET", "/v1/customers/" + customerId + "/subscriptions", Map.of(), null, RequestIds.fresh());
        if (subscriptions.status() == 200) {
            for (JsonNode subscription : subscriptions.json().path("items")) {
                if ("active".equalsIgnoreCase(subscription.path("status").asText(""))) {
                    add(failures, suspendSubscription(customerId, subscription.path("id").asText()));
                }
            }
        }
        return failures;
    }

    private static void add(List<String> failures, String failure) {
        if (failure != null) {
            failures.add(failure);
        }
    }

    private static String outcome(ApiResponse response) {
        int status = response.status();
        return (status >= 200 && status < 300) || status == 404 ? null : response.call().describe() + " " + response.maskedBody().strip().replace("\n", " ");
    }
}
