package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calling partner's customers: create (also for an indirect reseller), read, list (filtered by
 * indirect reseller, and page by page), delete (the sandbox's way to end the relationship), the
 * customer's indirect resellers, and the relationship request that the sandbox does not support.
 */
public final class Customers {

    static final String CUSTOMERS = "/v1/customers";
    static final String RELATIONSHIP_REQUESTS = "/v1/customers/relationshiprequests";
    static final String CONTINUATION_TOKEN = "MS-ContinuationToken";
    /** Partner Center's filter operator for customer searches, the only one it supports. */
    private static final String STARTS_WITH = "starts_with";
    /** Guards against a service whose next link never ends. */
    private static final int MAX_PAGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerCenterApi api;

    Customers(PartnerCenterApi api) {
        this.api = api;
    }

    public ApiResponse create(CustomerRequest request) {
        return create(request, CallIds.fresh());
    }

    public ApiResponse create(CustomerRequest request, CallIds ids) {
        return api.send(Call.of("POST", CUSTOMERS).body(request.body()).ids(ids));
    }

    public ApiResponse get(String customerId) {
        return api.send(Call.of("GET", CUSTOMERS + "/" + customerId));
    }

    /** One page of at most {@code size} customers (0: as many as the service gives at once). */
    public ApiResponse list(int size) {
        return api.send(Call.of("GET", CUSTOMERS).query("size", String.valueOf(size)));
    }

    /** Every customer, {@code pageSize} at a time: the first page, then each {@code links.next} to the end. */
    public Pages listAll(int pageSize) {
        List<ApiResponse> pages = new ArrayList<>();
        ApiResponse page = list(pageSize);
        pages.add(page);
        while (page.status() == 200 && page.json().path("links").has("next")) {
            if (pages.size() >= MAX_PAGES) {
                throw new IllegalStateException("more than " + MAX_PAGES + " pages: " + page.call().describe());
            }
            page = follow(page.json().path("links").path("next"));
            pages.add(page);
        }
        return new Pages(pages);
    }

    /**
     * The customers of one indirect reseller (IP-04): the documented filter on {@code IndirectReseller}
     * with the reseller's tenant id, and {@code size=0} as the documentation and the SDK send it.
     */
    public ApiResponse ofIndirectReseller(String resellerTenantId) {
        String filter = JSON.createObjectNode().put("Field", "IndirectReseller").put("Value", resellerTenantId)
                .put("Operator", STARTS_WITH).toString();
        return api.send(Call.of("GET", CUSTOMERS).query("size", "0").query("filter", filter));
    }

    /** In the sandbox, deleting the customer is how a reseller relationship is removed (RR-13). */
    public ApiResponse delete(String customerId) {
        return api.send(Call.of("DELETE", CUSTOMERS + "/" + customerId));
    }

    /** The indirect resellers the customer has a relationship with (a Collection of PartnerRelationship). */
    public ApiResponse relationships(String customerId) {
        return api.send(Call.of("GET", CUSTOMERS + "/" + customerId + "/relationships"));
    }

    /** The URL that would invite a new customer to a reseller relationship (not supported in the sandbox). */
    public ApiResponse relationshipRequest() {
        return api.send(Call.of("GET", RELATIONSHIP_REQUESTS));
    }

    /**
     * A {@code links.next} link: its URI (the SDK adds {@code /v1} when the link leaves it out) and its
     * headers, among them {@code MS-ContinuationToken}.
     */
    private ApiResponse follow(JsonNode link) {
        String uri = link.path("uri").asText();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        if (!path.startsWith("/v1/")) {
            path = "/v1" + (path.startsWith("/") ? path : "/" + path);
        }
        Call call = Call.of(link.path("method").asText("GET"), path);
        if (question >= 0) {
            for (String pair : uri.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                // decoded here, encoded again when sent
                call.query(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        link.path("headers").forEach(header -> call.header(header.path("key").asText(), header.path("value").asText()));
        return api.send(call);
    }
}
