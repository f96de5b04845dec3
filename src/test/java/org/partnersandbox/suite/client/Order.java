package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An order as Partner Center returns it, with the subscription each line bought. */
public record Order(String id, String customerId, String status, List<Line> lines, String objectType) {

    /** One line item: its offer, the subscription it bought and its partner of record, if any. */
    public record Line(String offerId, String subscriptionId, Optional<String> partnerIdOnRecord) {
    }

    public static Order fromJson(JsonNode order) {
        List<Line> lines = new ArrayList<>();
        order.path("lineItems").forEach(item -> {
            String partner = item.path("partnerIdOnRecord").asText("");
            lines.add(new Line(item.path("offerId").asText(""), item.path("subscriptionId").asText(""),
                    partner.isBlank() ? Optional.empty() : Optional.of(partner)));
        });
        return new Order(order.path("id").asText(""), order.path("referenceCustomerId").asText(""),
                order.path("status").asText(""), List.copyOf(lines), order.path("attributes").path("objectType").asText(""));
    }

    /** The {@code items} of a Collection body. */
    public static List<Order> listFrom(JsonNode collection) {
        List<Order> orders = new ArrayList<>();
        collection.path("items").forEach(item -> orders.add(fromJson(item)));
        return orders;
    }

    /** The subscriptions the order bought (lines whose subscription is not known yet are left out). */
    public List<String> subscriptionIds() {
        return lines.stream().map(Line::subscriptionId).filter(id -> !id.isBlank()).toList();
    }

    public boolean isCancelled() {
        return status.equalsIgnoreCase("cancelled") || status.equalsIgnoreCase("canceled");
    }

    public String describe() {
        return "order " + id + " of customer " + customerId;
    }
}
