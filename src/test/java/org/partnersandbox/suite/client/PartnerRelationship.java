package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One item of a relationships Collection ({@code GET /v1/relationships}). */
public record PartnerRelationship(String id, String name, String relationshipType, String state, String mpnId,
                                  String objectType) {

    public static PartnerRelationship fromJson(JsonNode item) {
        return new PartnerRelationship(
                item.path("id").asText(""),
                item.path("name").asText(""),
                item.path("relationshipType").asText(""),
                item.path("state").asText(""),
                item.path("mpnId").asText(""),
                item.path("attributes").path("objectType").asText(""));
    }

    /** The {@code items} of a Collection body; empty when there are none. */
    public static List<PartnerRelationship> listFrom(JsonNode collection) {
        List<PartnerRelationship> items = new ArrayList<>();
        collection.path("items").forEach(item -> items.add(fromJson(item)));
        return items;
    }
}
