package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A subscription as Partner Center returns it; {@code partnerId} is the reseller of record in the indirect model. */
public record Subscription(String id, String offerId, String status, Optional<String> partnerId, String orderId,
                           String objectType) {

    public static Subscription fromJson(JsonNode subscription) {
        String partner = subscription.path("partnerId").asText("");
        return new Subscription(subscription.path("id").asText(""), subscription.path("offerId").asText(""),
                subscription.path("status").asText(""), partner.isBlank() ? Optional.empty() : Optional.of(partner),
                subscription.path("orderId").asText(""), subscription.path("attributes").path("objectType").asText(""));
    }

    /** The {@code items} of a Collection body. */
    public static List<Subscription> listFrom(JsonNode collection) {
        List<Subscription> subscriptions = new ArrayList<>();
        collection.path("items").forEach(item -> subscriptions.add(fromJson(item)));
        return subscriptions;
    }

    public boolean isActive() {
        return status.equalsIgnoreCase(Subscriptions.ACTIVE);
    }
}
