package org.partnersandbox.suite.janitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnersandbox.suite.client.LeftoverRemoval;

/**
 * A sandbox in memory for the janitor's unit tests, with the rules that decide the order (the
 * emulator's, docs/emulator.md): a seat order cannot be cancelled (800063), an RI or perpetual
 * subscription cannot be suspended (800096), an open RI or software order blocks its customer's
 * delete (409), a reseller with customers cannot be deleted (403 6003). Every write is logged.
 */
final class FakeLeftoverRemoval extends LeftoverRemoval {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sub(String customerId, String orderId, String productType, String[] status) {
    }

    record Ord(String customerId, String productType, List<String> subscriptions, String[] status) {
    }

    final String tenant;
    final List<String> calls;
    final Map<String, String> customers = new LinkedHashMap<>(); // id → reseller id or ""
    final Map<String, Ord> orders = new LinkedHashMap<>();
    final Map<String, Sub> subscriptions = new LinkedHashMap<>();
    final List<String> resellers = new ArrayList<>();
    /** Writes (as logged) that answer 500. */
    final Set<String> failing = new java.util.HashSet<>();

    FakeLeftoverRemoval(String tenant, List<String> calls) {
        super(null);
        this.tenant = tenant;
        this.calls = calls;
    }

    void customer(String id, String reseller) {
        customers.put(id, reseller == null ? "" : reseller);
    }

    /** An order of one line: its subscription is {@code orderId + "-s"}. */
    void order(String customerId, String orderId, String productType) {
        String subscriptionId = orderId + "-s";
        orders.put(orderId, new Ord(customerId, productType, List.of(subscriptionId), new String[] {"completed"}));
        subscriptions.put(subscriptionId, new Sub(customerId, orderId, productType, new String[] {"active"}));
    }

    boolean empty() {
        return customers.isEmpty() && orders.isEmpty() && subscriptions.isEmpty() && resellers.isEmpty();
    }

    @Override
    public String tenantId() {
        return tenant;
    }

    @Override
    public JsonNode order(String customerId, String orderId) {
        Ord order = orders.get(orderId);
        if (order == null || !order.customerId().equals(customerId)) {
            return null;
        }
        ObjectNode json = JSON.createObjectNode().put("id", orderId).put("status", order.status()[0]);
        order.subscriptions().forEach(s -> json.withArray("lineItems").addObject().put("subscriptionId", s));
        return json;
    }

    @Override
    public JsonNode subscription(String customerId, String subscriptionId) {
        Sub sub = subscriptions.get(subscriptionId);
        if (sub == null || !sub.customerId().equals(customerId)) {
            return null;
        }
        ObjectNode json = JSON.createObjectNode().put("id", subscriptionId).put("status", sub.status()[0]).put("orderId", sub.orderId());
        json.putObject("productType").put("id", sub.productType());
        return json;
    }

    @Override
    public List<JsonNode> orders(String customerId) {
        return orders.keySet().stream().map(id -> order(customerId, id)).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<JsonNode> subscriptions(String customerId) {
        return subscriptions.keySet().stream().map(id -> subscription(customerId, id)).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Outcome cancelOrder(String customerId, String orderId) {
        if (write("cancel " + orderId) instanceof Outcome failed) {
            return failed;
        }
        Ord order = orders.get(orderId);
        if (order == null) {
            return Outcome.DONE;
        }
        if (seat(order.productType())) {
            return new Outcome("PATCH order " + orderId + " → 400 {\"code\":800063}", 800063);
        }
        order.status()[0] = "cancelled";
        order.subscriptions().forEach(s -> subscriptions.get(s).status()[0] = "deleted");
        return Outcome.DONE;
    }

    @Override
    public Outcome suspendSubscription(String customerId, JsonNode current) {
        String id = current.path("id").asText();
        if (write("suspend " + id) instanceof Outcome failed) {
            return failed;
        }
        Sub sub = subscriptions.get(id);
        if (sub == null) {
            return Outcome.DONE;
        }
        if (!PurchaseEnd.suspendable(sub.productType()) && !sub.productType().isEmpty()) {
            return new Outcome("PATCH subscription " + id + " → 400 {\"code\":800096}", 800096);
        }
        if (sub.status()[0].equals("deleted")) {
            return new Outcome("PATCH subscription " + id + " → 400 {\"code\":2011}", 2011);
        }
        sub.status()[0] = "suspended";
        return Outcome.DONE;
    }

    @Override
    public Outcome deleteCustomer(String customerId) {
        if (write("delete customer " + customerId) instanceof Outcome failed) {
            return failed;
        }
        boolean blocked = orders.values().stream().anyMatch(o -> o.customerId().equals(customerId)
                && !o.status()[0].equals("cancelled") && !seat(o.productType()));
        if (blocked) {
            return new Outcome("DELETE customer " + customerId + " → 409 {\"code\":800002}", 800002);
        }
        customers.remove(customerId);
        orders.values().removeIf(o -> o.customerId().equals(customerId));
        subscriptions.values().removeIf(s -> s.customerId().equals(customerId));
        return Outcome.DONE;
    }

    @Override
    public Outcome deleteIndirectReseller(String resellerId) {
        if (write("delete reseller " + resellerId) instanceof Outcome failed) {
            return failed;
        }
        if (customers.containsValue(resellerId)) {
            return new Outcome("DELETE reseller " + resellerId + " → 403 {\"code\":6003}", 6003);
        }
        resellers.remove(resellerId);
        return Outcome.DONE;
    }

    @Override
    public List<String[]> customersNamed(String prefix) {
        return customers.keySet().stream().filter(c -> c.startsWith(prefix)).map(c -> new String[] {c, c}).toList();
    }

    @Override
    public List<String[]> indirectResellersNamed(String prefix) {
        return resellers.stream().filter(r -> r.startsWith(prefix)).map(r -> new String[] {r, r}).toList();
    }

    /** Resellers are named by their id here. */
    @Override
    public String[] indirectResellerNamed(String domainPrefix) {
        calls.add("look up reseller " + domainPrefix);
        return resellers.stream().filter(domainPrefix::equalsIgnoreCase).findFirst().map(r -> new String[] {r, r}).orElse(null);
    }

    /** Customers are named by their id here, and their domain is {@code <id>.onmicrosoft.com}. */
    @Override
    public String[] customerNamed(String domain, String companyName) {
        calls.add("look up customer " + (domain != null ? domain : companyName));
        return customers.keySet().stream().filter(c -> (c + ".onmicrosoft.com").equalsIgnoreCase(domain) || c.equalsIgnoreCase(companyName))
                .findFirst().map(c -> new String[] {c, c}).orElse(null);
    }

    @Override
    public List<String[]> customersOfIndirectReseller(String resellerId) {
        return customers.entrySet().stream().filter(c -> c.getValue().equals(resellerId)).map(c -> new String[] {c.getKey(), c.getKey()})
                .toList();
    }

    /** A product type left empty plays a seat whose type the API does not show. */
    private static boolean seat(String productType) {
        return productType.isEmpty() || productType.equals("OnlineServices");
    }

    private Object write(String call) {
        calls.add(call);
        return failing.contains(call) ? new Outcome(call + " → 500 {\"code\":800003}", 800003) : null;
    }
}
