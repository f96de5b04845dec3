package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The Partner Center collection wrapper: totalCount, items, links.self, attributes Collection. */
public final class CollectionJson {

    private CollectionJson() {
    }

    public static ObjectNode of(List<? extends JsonNode> items, String selfUri) {
        ObjectNode collection = Json.object().put("totalCount", items.size());
        collection.putArray("items").addAll(items);
        collection.putObject("links").set("self", Json.link(selfUri, "GET"));
        collection.set("attributes", Json.attributes("Collection"));
        return collection;
    }

    /**
     * One page of a seek-based collection (reference §6.2): when more items follow, a top-level
     * {@code continuationToken} and {@code links.next} whose headers carry it as {@code MS-ContinuationToken}.
     */
    public static ObjectNode page(List<? extends JsonNode> items, String selfUri, String nextUri, String continuationToken) {
        ObjectNode collection = of(items, selfUri);
        if (continuationToken != null) {
            collection.put("continuationToken", continuationToken);
            ObjectNode next = Json.link(nextUri, "GET");
            next.withArray("headers").addObject().put("key", ContinuationToken.HEADER).put("value", continuationToken);
            ((ObjectNode) collection.get("links")).set("next", next);
        }
        return collection;
    }
}
