package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.Order;
import org.partnersandbox.emulator.domain.OrderLine;
import org.partnersandbox.emulator.domain.OrderLineRequest;
import org.partnersandbox.emulator.domain.OrderService;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.http.CollectionJson;
import org.partnersandbox.emulator.http.IdempotentReplay;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;
import org.partnersandbox.emulator.http.WireTime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code /v1/customers/{customerId}/orders}: place, read, and (sandbox) cancel orders. */
public final class OrdersApi {

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private final OrderService orders;
    private final IdempotentReplay replay;

    public OrdersApi(OrderService orders, IdempotentReplay replay) {
        this.orders = orders;
        this.replay = replay;
    }

    /** E18, IP-01, IP-07: 201 Order, status completed, one active subscription per line. */
    public void create(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String customerId = Ids.customerId(ctx.pathParam("customerId"));
        JsonBody body = JsonBody.of(ctx);
        IdempotentReplay.Answer answer = orders.place(caller, customerId, lines(body), () -> terms(body),
                create -> replay.createOnce(caller.tenantId(), ctx, () -> {
                    OrderService.CustomerOrder placed = create.get();
                    return IdempotentReplay.Answer.of(201, json(placed.order(), placed.customer()), () -> orders.exists(placed));
                }));
        answer.respond(ctx);
    }

    /** E14: the customer's orders, oldest first. */
    public void list(Context ctx) {
        OrderService.CustomerOrders listed = orders.list(BearerAuthentication.caller(ctx), Ids.customerId(ctx.pathParam("customerId")));
        Json.respond(ctx, 200, CollectionJson.of(listed.orders().stream().map(order -> json(order, listed.customer())).toList(),
                "/customers/" + listed.customer().id() + "/orders"));
    }

    /** E14: one order; 404 20000 when the customer has no such order. */
    public void get(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String customerId = Ids.customerId(ctx.pathParam("customerId"));
        OrderService.CustomerOrder found = orders.get(caller, customerId, () -> Ids.opaque(ctx.pathParam("orderId"), "order id"));
        Json.respond(ctx, 200, json(found.order(), found.customer()));
    }

    /** E13, RR-14: {@code {"status": "cancelled"}} → 200 Order with status cancelled. */
    public void cancel(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String customerId = Ids.customerId(ctx.pathParam("customerId"));
        String orderId = Ids.opaque(ctx.pathParam("orderId"), "order id");
        JsonBody body = JsonBody.of(ctx);
        String status = body.requiredText("status");
        if (!status.equalsIgnoreCase("cancelled") && !status.equalsIgnoreCase("canceled")) {
            throw Refusal.badInput("The property 'status' must be 'cancelled'; a sandbox order can only be cancelled.");
        }
        body.optionalText("id").filter(id -> !id.equals(orderId)).ifPresent(id -> {
            throw Refusal.badInput("The property 'id' (" + id + ") does not match the order in the path (" + orderId + ").");
        });
        OrderService.CustomerOrder cancelled = orders.cancel(caller, customerId, orderId);
        Json.respond(ctx, 200, json(cancelled.order(), cancelled.customer()));
    }

    /** Read after the lines' rules: a refused partner of record is heard before a malformed currency. */
    private static OrderService.Terms terms(JsonBody body) {
        String billingCycle = body.optionalText("billingCycle").orElse(null);
        String currencyCode = body.optionalText("currencyCode").orElse(null);
        if (currencyCode != null && !CURRENCY.matcher(currencyCode).matches()) {
            throw Refusal.badInput("The property 'currencyCode' must be a three-letter ISO 4217 code such as USD.");
        }
        return new OrderService.Terms(billingCycle, currencyCode);
    }

    /** Each line item's number is unique in the order (absent: its position), as the Order's lineItemNumber 0..n-1. */
    private static List<OrderLineRequest> lines(JsonBody body) {
        List<JsonBody> items = body.requiredObjects("lineItems");
        List<OrderLineRequest> lines = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonBody item = items.get(i);
            int number = item.optionalInt("lineItemNumber", 0, 1000).orElse(i);
            if (!numbers.add(number)) {
                throw Refusal.badInput("The lineItemNumber " + number + " is used by more than one line item;"
                        + " each line item needs its own number.");
            }
            lines.add(new OrderLineRequest(number,
                    item.requiredText("offerId"), item.requiredInt("quantity", 1, 10_000),
                    item.optionalText("friendlyName").filter(s -> !s.isBlank()).orElse(null),
                    item.optionalText("partnerIdOnRecord").filter(s -> !s.isBlank()).orElse(null)));
        }
        return lines;
    }

    /** Reference §7.3's Order, with the links of the documented examples; catalogue links name the customer's country. */
    static ObjectNode json(Order order, Customer customer) {
        String self = "/customers/" + order.customerId() + "/orders/" + order.id();
        ObjectNode json = Json.object().put("id", order.id()).put("alternateId", alternateId(order))
                .put("referenceCustomerId", order.customerId())
                .put("billingCycle", order.billingCycle()).put("currencyCode", order.currencyCode());
        if (order.currencyCode().equalsIgnoreCase("USD")) {
            json.put("currencySymbol", "$");
        }
        var lines = json.putArray("lineItems");
        for (OrderLine line : order.lines()) {
            ObjectNode item = lines.addObject().put("lineItemNumber", line.lineItemNumber())
                    .put("offerId", line.offer().id()).put("subscriptionId", line.subscriptionId())
                    .put("friendlyName", line.friendlyName()).put("quantity", line.quantity())
                    .put("termDuration", line.offer().termDuration()).put("transactionType", "New");
            if (line.partnerIdOnRecord() != null) {
                item.put("partnerIdOnRecord", line.partnerIdOnRecord());
            }
            ObjectNode links = item.putObject("links");
            catalogueLinks(line.offer().id(), customer.profile().defaultAddress().country(), links);
            String subscription = "/customers/" + order.customerId() + "/subscriptions/" + line.subscriptionId();
            links.set("subscription", Json.link(subscription, "GET"));
            links.set("provisioningStatus", Json.link(subscription + "/provisioningstatus", "GET"));
        }
        json.put("creationDate", WireTime.of(order.created())).put("status", order.status().wireName())
                .put("transactionType", "UserPurchase");
        ObjectNode links = json.putObject("links");
        links.set("provisioningStatus", Json.link(self + "/provisioningstatus", "GET"));
        links.set("self", Json.link(self, "GET"));
        json.set("attributes", Json.attributes("Order").put("etag", order.etag()));
        return json;
    }

    /**
     * A new-commerce offer id {@code product:sku:availability} names its catalogue entries, linked as the
     * documented order line items link them; a legacy offer id (a GUID) has none.
     */
    private static void catalogueLinks(String offerId, String country, ObjectNode links) {
        String[] parts = offerId.split(":");
        if (parts.length != 3) {
            return;
        }
        String market = "?country=" + country;
        links.set("product", Json.link("/products/" + parts[0] + market, "GET"));
        links.set("sku", Json.link("/products/" + parts[0] + "/skus/" + parts[1] + market, "GET"));
        links.set("availability", Json.link("/products/" + parts[0] + "/skus/" + parts[1] + "/availabilities/" + parts[2]
                + market, "GET"));
    }

    /** The short id the documented orders carry besides their own (12 hex digits), stable for the order. */
    private static String alternateId(Order order) {
        return UUID.nameUUIDFromBytes(("order:" + order.id()).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").substring(0, 12);
    }
}
