package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The pages of one listing, in the order they were fetched by following {@code links.next}. */
public record Pages(List<ApiResponse> pages) {

    public Pages {
        pages = List.copyOf(pages);
    }

    /** The items of every page, in order. */
    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(page -> page.json().path("items").forEach(items::add));
        return items;
    }

    public ApiResponse last() {
        return pages.get(pages.size() - 1);
    }

    public int count() {
        return pages.size();
    }
}
