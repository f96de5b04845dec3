package org.partnersandbox.suite.janitor;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.LeftoverRemoval.Outcome;

/**
 * How the janitor ends each kind of leftover, in the order the API requires ({@link RemovalOrder}):
 * cancel the orders that are ended by cancelling (Azure RIs, software), suspend the active
 * subscriptions that are ended by suspending (seats), delete customers after emptying them, delete
 * an indirect reseller after all of its customers. Gone already (404) counts as removed; what ended
 * and what failed is written to the {@link JanitorPass}.
 */
final class Removals {

    /** Partner Center: "this order is ended through its subscription, not cancelled". */
    static final int SUSPEND_INSTEAD_OF_CANCEL = 800063;
    /** Partner Center: "this subscription is ended by cancelling its order, not suspended". */
    static final int CANCEL_INSTEAD_OF_SUSPEND = 800096;
    /** Partner Center: "this indirect reseller still has customers". */
    static final int RESELLER_HAS_CUSTOMERS = 6003;

    private final Duration listLag;
    private final Duration pollInterval;

    /**
     * @param listLag how long a creation may take to show in lists: while a reseller's delete is refused
     *                for its customers, they are listed again until then
     */
    Removals(Duration listLag, Duration pollInterval) {
        this.listLag = listLag;
        this.pollInterval = pollInterval;
    }

    /**
     * Deletes an indirect reseller after its customers: every customer its provider lists for it
     * (filter IndirectReseller), each emptied and deleted as a ledger's customer is. A customer created
     * just before a kill may not be listed yet: while the reseller's delete is refused for its
     * customers (6003), they are listed again until the list lag has passed.
     */
    void deleteReseller(JanitorPass pass, LeftoverRemoval calls, String resellerId, String what, LedgerEntry entry) {
        Instant until = Instant.now().plus(listLag);
        AtomicReference<Outcome> deleted = new AtomicReference<>(deleteCustomersThenReseller(pass, calls, resellerId));
        if (waitingHelps(pass, calls, resellerId, deleted.get()) && Instant.now().isBefore(until)) {
            try {
                await("the customers of indirect reseller " + resellerId + " are listed and deleted")
                        .atMost(Duration.between(Instant.now(), until).plus(pollInterval)).pollInterval(pollInterval)
                        .until(() -> {
                            deleted.set(deleteCustomersThenReseller(pass, calls, resellerId));
                            return !waitingHelps(pass, calls, resellerId, deleted.get());
                        });
            } catch (ConditionTimeoutException stillRefused) {
                // the last refusal is the failure line
            }
        }
        result(pass, what, entry, deleted.get());
    }

    /** Refused for its customers while none of them failed here: one may not be listed yet. */
    private boolean waitingHelps(JanitorPass pass, LeftoverRemoval calls, String resellerId, Outcome deleted) {
        return !deleted.done() && deleted.errorCode() == RESELLER_HAS_CUSTOMERS
                && calls.customersOfIndirectReseller(resellerId).stream().noneMatch(c -> pass.failedCustomer(c[0]));
    }

    private Outcome deleteCustomersThenReseller(JanitorPass pass, LeftoverRemoval calls, String resellerId) {
        for (String[] customer : calls.customersOfIndirectReseller(resellerId)) {
            if (pass.deletedCustomers.contains(customer[0]) || pass.failedCustomer(customer[0])) {
                continue; // deleted in this pass (a list may still show it), or already one failure line
            }
            LedgerEntry listed = pass.ledgerEntry(ResourceKind.CUSTOMER, null, customer[0]);
            try {
                deleteCustomer(pass, calls, customer[0], listed != null ? listed.describe()
                        : "customer " + customer[0] + " (" + customer[1] + ") of indirect reseller " + resellerId, listed);
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed(LedgerEntry.key(ResourceKind.CUSTOMER, null, customer[0]), "customer " + customer[0] + " ("
                        + customer[1] + ")", refused.getMessage());
            }
        }
        return calls.deleteIndirectReseller(resellerId);
    }

    /** Cancels an order that ends so; a seat order is ended by suspending its subscriptions, later. */
    void endOrder(JanitorPass pass, LeftoverRemoval calls, LedgerEntry entry) {
        PurchaseEnd known = pass.ledgerOf.keySet().stream()
                .filter(e -> ResourceKind.SUBSCRIPTION.key().equals(e.kind()) && entry.id().equals(e.orderId())
                        && entry.customerId().equals(e.customerId()))
                .map(LedgerEntry::purchaseEnd).filter(end -> end != PurchaseEnd.UNKNOWN)
                .reduce((a, b) -> a == PurchaseEnd.CANCEL_ORDER ? a : b).orElse(PurchaseEnd.UNKNOWN);
        endOrder(pass, calls, entry.customerId(), entry.id(), known, entry.describe(), entry);
    }

    void endOrder(JanitorPass pass, LeftoverRemoval calls, String customerId, String orderId, PurchaseEnd known, String what,
                          LedgerEntry entry) {
        String key = LedgerEntry.key(ResourceKind.ORDER, customerId, orderId);
        if (!pass.handledOrders.add(key)) {
            return;
        }
        JsonNode order = calls.order(customerId, orderId);
        if (order == null || "cancelled".equalsIgnoreCase(order.path("status").asText(""))) {
            pass.removed(key, what + (order == null ? " (already gone)" : " (already cancelled)"), entry);
            return;
        }
        List<String> lines = new ArrayList<>();
        order.path("lineItems").forEach(line -> {
            if (!line.path("subscriptionId").asText("").isEmpty()) {
                lines.add(line.path("subscriptionId").asText());
            }
        });
        PurchaseEnd end = known;
        if (end == PurchaseEnd.UNKNOWN) {
            for (String subscriptionId : lines) {
                JsonNode subscription = calls.subscription(customerId, subscriptionId);
                PurchaseEnd line = subscription == null ? PurchaseEnd.UNKNOWN
                        : PurchaseEnd.of(subscription.path("productType").path("id").asText(null));
                end = line == PurchaseEnd.CANCEL_ORDER || end == PurchaseEnd.UNKNOWN ? line : end;
            }
        }
        if (end == PurchaseEnd.SUSPEND_SUBSCRIPTION) {
            pass.deferOrder(key, what, entry, calls, customerId, lines);
            return;
        }
        Outcome cancelled = calls.cancelOrder(customerId, orderId);
        if (!cancelled.done() && end == PurchaseEnd.UNKNOWN && cancelled.errorCode() == SUSPEND_INSTEAD_OF_CANCEL) {
            pass.deferOrder(key, what, entry, calls, customerId, lines);
            return;
        }
        result(pass, what, entry, cancelled);
        if (cancelled.done()) {
            lines.forEach(s -> pass.endedAlong.add(LedgerEntry.key(ResourceKind.SUBSCRIPTION, customerId, s)));
        }
    }

    /** Suspends an active subscription that ends so; one that ends with its order is left to that order. */
    void endSubscription(JanitorPass pass, LeftoverRemoval calls, String customerId, String subscriptionId, LedgerEntry entry) {
        String key = LedgerEntry.key(ResourceKind.SUBSCRIPTION, customerId, subscriptionId);
        String what = entry != null ? entry.describe() : "subscription " + subscriptionId + " of customer " + customerId;
        if (pass.endedAlong.contains(key) || !pass.handledSubscriptions.add(key)) {
            return;
        }
        JsonNode subscription = calls.subscription(customerId, subscriptionId);
        String status = subscription == null ? "" : subscription.path("status").asText("").toLowerCase(Locale.ROOT);
        if (subscription == null || status.equals("suspended") || status.equals("deleted")) {
            pass.removed(key, what + (subscription == null ? " (already gone)" : " (already " + status + ")"), entry);
            return;
        }
        if (!PurchaseEnd.suspendable(subscription.path("productType").path("id").asText(null))) {
            return; // an Azure RI or perpetual software subscription ends when its order is cancelled
        }
        Outcome suspended = calls.suspendSubscription(customerId, subscription);
        if (!suspended.done() && suspended.errorCode() == CANCEL_INSTEAD_OF_SUSPEND) {
            return; // ends with its order
        }
        result(pass, what, entry, suspended);
    }

    /** The subscriptions of seat orders that the ledgers do not list; then those orders count as ended. */
    void suspendDeferred(JanitorPass pass) {
        for (Map.Entry<String, JanitorPass.Deferred> deferred : new ArrayList<>(pass.suspendLater.entrySet())) {
            JanitorPass.Deferred order = deferred.getValue();
            for (String subscriptionId : order.subscriptions) {
                try {
                    endSubscription(pass, order.calls, order.customerId, subscriptionId,
                            pass.ledgerEntry(ResourceKind.SUBSCRIPTION, order.customerId, subscriptionId));
                } catch (LeftoverRemoval.Refused refused) {
                    pass.failed(LedgerEntry.key(ResourceKind.SUBSCRIPTION, order.customerId, subscriptionId),
                            "subscription " + subscriptionId, refused.getMessage());
                }
            }
            boolean allEnded = order.subscriptions.stream().map(s -> LedgerEntry.key(ResourceKind.SUBSCRIPTION, order.customerId, s))
                    .allMatch(pass::keyEnded);
            if (allEnded) {
                pass.removed(deferred.getKey(), order.what + " (ended with its subscriptions)", order.entry);
            }
            pass.suspendLater.remove(deferred.getKey());
        }
    }

    /**
     * Empties a customer of what the ledgers may not list (orders whose answer never came), in the
     * same order, then deletes it; the delete is tried even when emptying failed, as a seat left
     * active does not block it.
     */
    void deleteCustomer(JanitorPass pass, LeftoverRemoval calls, String customerId, String what, LedgerEntry entry) {
        for (JsonNode order : calls.orders(customerId)) {
            if (!"cancelled".equalsIgnoreCase(order.path("status").asText(""))) {
                String orderId = order.path("id").asText();
                endOrder(pass, calls, customerId, orderId, PurchaseEnd.UNKNOWN, "order " + orderId + " of customer " + customerId,
                        pass.ledgerEntry(ResourceKind.ORDER, customerId, orderId));
            }
        }
        suspendDeferred(pass);
        for (JsonNode subscription : calls.subscriptions(customerId)) {
            if ("active".equalsIgnoreCase(subscription.path("status").asText(""))) {
                String subscriptionId = subscription.path("id").asText();
                endSubscription(pass, calls, customerId, subscriptionId, pass.ledgerEntry(ResourceKind.SUBSCRIPTION, customerId, subscriptionId));
            }
        }
        Outcome deleted = calls.deleteCustomer(customerId);
        result(pass, what, entry, deleted);
        if (deleted.done()) {
            pass.customerGone(customerId);
        }
    }

    private void result(JanitorPass pass, String what, LedgerEntry entry, Outcome outcome) {
        String key = entry != null ? entry.resourceKey() : keyOf(what);
        if (outcome.done()) {
            pass.removed(key, what, entry);
        } else {
            pass.failed(key, what, outcome.failure());
        }
    }

    /** "customer 123 (name) ..." → customer/123, the key a ledger entry of it would have. */
    private static String keyOf(String what) {
        String[] words = what.split(" ");
        return words.length > 1 && ResourceKind.byKey(words[0]).isPresent() ? words[0] + "/" + words[1] : what;
    }
}
