package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A customer's subscriptions: read, list and suspend. A status change sends the whole
 * subscription back with its new status, as the documentation's PATCH does, under its etag.
 */
public final class Subscriptions {

    static final String SUSPENDED = "suspended";
    static final String ACTIVE = "active";

    private final PartnerCenterApi api;

    Subscriptions(PartnerCenterApi api) {
        this.api = api;
    }

    public ApiResponse get(String customerId, String subscriptionId) {
        return api.send(Call.of("GET", subscriptionsOf(customerId) + "/" + subscriptionId));
    }

    public ApiResponse list(String customerId) {
        return api.send(Call.of("GET", subscriptionsOf(customerId)));
    }

    public ApiResponse suspend(String customerId, String subscriptionId) {
        return changeStatus(customerId, subscriptionId, SUSPENDED);
    }

    /** Reads the subscription, then patches it with {@code status}; a failed read is the answer. */
    private ApiResponse changeStatus(String customerId, String subscriptionId, String status) {
        ApiResponse current = get(customerId, subscriptionId);
        if (current.status() != 200 || !(current.json() instanceof ObjectNode subscription)) {
            return current;
        }
        ObjectNode changed = subscription.deepCopy();
        changed.put("status", status);
        Call patch = Call.of("PATCH", subscriptionsOf(customerId) + "/" + subscriptionId).body(changed);
        String etag = subscription.path("attributes").path("etag").asText("");
        if (!etag.isBlank()) {
            patch.header("If-Match", etag);
        }
        return api.send(patch);
    }

    private static String subscriptionsOf(String customerId) {
        return Customers.CUSTOMERS + "/" + customerId + "/subscriptions";
    }
}
