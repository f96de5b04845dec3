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
}
