package org.partnersandbox.suite.client;

import java.util.Map;

/**
 * Requests for a reseller relationship with a new customer (reference E10): Partner Center answers
 * with a URL that the partner sends to the customer as its invitation. The sandbox page says
 * sandbox partners cannot invite customers, so there the call is expected to be refused.
 */
public final class RelationshipRequests {

    static final String RELATIONSHIP_REQUESTS = "/v1/customers/relationshiprequests";

    private final PartnerCenterApi api;

    RelationshipRequests(PartnerCenterApi api) {
        this.api = api;
    }

    /** A RelationshipRequest ({@code url}, {@code attributes.objectType}) when the account may invite customers. */
    public ApiResponse requestUrl() {
        return api.send("GET", RELATIONSHIP_REQUESTS, Map.of(), null, RequestIds.fresh());
    }
}
