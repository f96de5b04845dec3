package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A customer's orders: place (with a partner of record for an indirect reseller's customer), read, list, cancel. */
public final class Orders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerCenterApi api;

    Orders(PartnerCenterApi api) {
        this.api = api;
    }

    public ApiResponse create(String customerId, OrderRequest request) {
        return create(customerId, request, CallIds.fresh());
    }

    public ApiResponse create(String customerId, OrderRequest request, CallIds ids) {
        return api.send(Call.of("POST", ordersOf(customerId)).body(request.body(customerId)).ids(ids));
    }

    public ApiResponse get(String customerId, String orderId) {
        return api.send(Call.of("GET", ordersOf(customerId) + "/" + orderId));
    }

    public ApiResponse list(String customerId) {
        return api.send(Call.of("GET", ordersOf(customerId)));
    }

    /** The sandbox cancel (Azure reserved instances and software): the order with status {@code cancelled}. */
    public ApiResponse cancel(String customerId, String orderId) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", orderId).put("status", "cancelled");
        return api.send(Call.of("PATCH", ordersOf(customerId) + "/" + orderId).body(body));
    }

    private static String ordersOf(String customerId) {
        return Customers.CUSTOMERS + "/" + customerId + "/orders";
    }
}
