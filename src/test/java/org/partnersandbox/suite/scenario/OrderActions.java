package org.partnersandbox.suite.scenario;

import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Order;
import org.partnersandbox.suite.client.OrderRequest;
import org.partnersandbox.suite.client.PartnerCenterApi;

/** Placing an order for "that customer", for every step that needs one: the answer kept, the order registered. */
public final class OrderActions {

    private final ScenarioContext context;
    private final CreatedResources created;

    public OrderActions(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    /** Places the order as {@code partnerCenter} for "that customer"; an order that comes back is registered. */
    public void send(PartnerCenterApi partnerCenter, OrderRequest request) {
        ApiResponse response = partnerCenter.orders().create(created.customer().id(), request);
        context.answered(response);
        Order order = Order.fromJson(response.json());
        if (CreatedResources.madeOne(response, order.id())) {
            created.order(partnerCenter, order.customerId().isBlank()
                    ? new Order(order.id(), created.customer().id(), order.status(), order.lines(), order.objectType()) : order);
        }
    }
}
