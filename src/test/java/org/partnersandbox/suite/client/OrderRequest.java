package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A body for {@code POST /v1/customers/{id}/orders}: line items of an offer and a quantity, each
 * optionally naming a partner of record ({@code partnerIdOnRecord}, an indirect reseller's PartnerID).
 */
public final class OrderRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Line(String offerId, int quantity, String partnerIdOnRecord) {
    }

    private final List<Line> lines;

    private OrderRequest(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** One line: {@code quantity} of {@code offerId}, without a partner of record. */
    public static OrderRequest of(String offerId, int quantity) {
        return new OrderRequest(List.of(new Line(offerId, quantity, null)));
    }

    /** The same lines, each with {@code partnerId} as partner of record. */
    public OrderRequest withPartnerOnRecord(String partnerId) {
        return new OrderRequest(lines.stream().map(l -> new Line(l.offerId(), l.quantity(), partnerId)).toList());
    }

    ObjectNode body(String customerId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("referenceCustomerId", customerId);
        body.put("billingCycle", "monthly");
        ArrayNode items = body.putArray("lineItems");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            ObjectNode item = items.addObject().put("lineItemNumber", i).put("offerId", line.offerId())
                    .put("quantity", line.quantity());
            if (line.partnerIdOnRecord() != null) {
                item.put("partnerIdOnRecord", line.partnerIdOnRecord());
            }
        }
        return body;
    }

    @Override
    public String toString() {
        return "order of " + lines;
    }
}
