package org.partnersandbox.suite.live;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.LeftoverRemoval.Outcome;
import org.partnersandbox.suite.client.PartnerRole;

/**
 * Removes what earlier live runs left behind: everything their ledgers list as created and not
 * removed, what their unanswered creates made (looked up by the name the intent line gives:
 * customers by domain or company name, indirect resellers by domain prefix), and, when asked,
 * everything whose name starts with a prefix. An indirect reseller goes only after its customers,
 * all of them as its provider lists them (a reseller a run created makes its customers that run's,
 * even those no ledger lists). In the order the API requires
 * ({@link RemovalOrder}): cancel the orders that are ended by cancelling (Azure RIs, software), suspend
 * the active subscriptions that are ended by suspending (seats), delete customers, delete indirect
 * resellers; each with the credentials of the role that created it, and never in a tenant that
 * live.allowedTenants does not declare a sandbox. Gone already (404) counts as removed. A failure is
 * one line, and the rest is still attempted. A live run calls it before its first scenario;
 * {@link JanitorMain} runs it alone.
 */
public final class Janitor {

    /** Partner Center: "this order is ended through its subscription, not cancelled". */
    static final int SUSPEND_INSTEAD_OF_CANCEL = 800063;
    /** Partner Center: "this subscription is ended by cancelling its order, not suspended". */
    static final int CANCEL_INSTEAD_OF_SUSPEND = 800096;
    /** Partner Center: "this indirect reseller still has customers". */
    static final int RESELLER_HAS_CUSTOMERS = 6003;

    /** What the janitor did: one line per resource removed, one per resource it could not remove. */
    public record Report(List<String> removed, List<String> failures) {
        public boolean clean() {
            return failures.isEmpty();
        }
    }

    private final Function<PartnerRole, Optional<LeftoverRemoval>> removalAs;
    private final Predicate<String> declaredSandbox;
    private final String runId;
    private final PrintStream out;
    private final Duration listLag;
    private final Duration pollInterval;

    /** For a sandbox whose lists are up to date at once (unit tests). */
    public Janitor(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, Predicate<String> declaredSandbox,
                   String runId, PrintStream out) {
        this(removalAs, declaredSandbox, runId, out, Duration.ZERO, Duration.ofMillis(100));
    }

    /**
     * @param removalAs       the calls as a role, empty when the role has no credentials here
     * @param declaredSandbox whether live.allowedTenants declares a tenant an integration sandbox
     * @param listLag         how long a creation may take to show in lists (sandbox.visibilityTimeoutSeconds): a
     *                        name looked up sooner after its intent, or a reseller's customers, are looked up
     *                        again until then before the janitor concludes
     */
    public Janitor(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, Predicate<String> declaredSandbox,
                   String runId, PrintStream out, Duration listLag, Duration pollInterval) {
        this.removalAs = removalAs;
        this.declaredSandbox = declaredSandbox;
        this.runId = runId;
        this.out = out;
        this.listLag = listLag;
        this.pollInterval = pollInterval;
    }

    /** Every earlier run's ledger under {@code ledgerDir}, except this run's own; all of them in one pass, in API order. */
    public Report cleanEarlierRuns(Path ledgerDir) {
        Pass pass = new Pass();
        List<RunLedger> ledgers = RunLedger.open(ledgerDir).stream().filter(l -> !l.runId().equals(runId)).toList();
        for (RunLedger ledger : ledgers) {
            ledger.outstanding().forEach(entry -> pass.ledgerOf.put(entry, ledger));
        }
        resolveIntents(pass, ledgers);
        List<LedgerEntry> leftovers = RemovalOrder.inApiOrder(pass.ledgerOf.keySet());
        for (LedgerEntry entry : leftovers) {
            if (RemovalOrder.stage(entry) > ResourceKind.SUBSCRIPTION.ordinal()) {
                suspendDeferred(pass); // seat orders end with their subscriptions: before any customer goes
            }
            if (pass.ended(entry)) {
                continue;
            }
            Optional<LeftoverRemoval> calls = callsFor(entry, pass);
            if (calls.isEmpty()) {
                continue;
            }
            Optional<ResourceKind> kind = ResourceKind.byKey(entry.kind());
            if (kind.isEmpty()) {
                pass.failed(entry.resourceKey(), entry.describe(), "unknown kind '" + entry.kind() + "'");
                continue;
            }
            try {
                switch (kind.get()) {
                    case ORDER -> endOrder(pass, calls.get(), entry);
                    case SUBSCRIPTION -> endSubscription(pass, calls.get(), entry.customerId(), entry.id(), entry);
                    case CUSTOMER -> deleteCustomer(pass, calls.get(), entry.id(), entry.describe(), entry);
                    case INDIRECT_RESELLER -> deleteReseller(pass, calls.get(), entry.id(), entry.describe(), entry);
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed(entry.resourceKey(), entry.describe(), refused.getMessage());
            }
        }
        suspendDeferred(pass);
        pass.resolveOrderIntents();
        for (LedgerEntry entry : leftovers) {
            if (!pass.ended(entry) && !pass.failures.containsKey(entry.resourceKey())) {
                pass.failed(entry.resourceKey(), entry.describe(), "still there after the janitor's pass ("
                        + (ResourceKind.ORDER.key().equals(entry.kind()) ? "its subscriptions or its customer could not be removed"
                        : "its order or its customer could not be removed") + ")");
            }
        }
        ledgers.forEach(RunLedger::closeIfClean);
        return pass.report();
    }

    /**
     * Everything whose name starts with {@code prefix}, in no ledger: the customers of the indirect
     * provider and the direct-bill partner (Partner Center's company-name and domain search), each
     * emptied and deleted, then the provider's indirect resellers whose name (domain prefix) starts so.
     */
    public Report sweep(String prefix) {
        Pass pass = new Pass();
        for (PartnerRole role : List.of(PartnerRole.INDIRECT_PROVIDER, PartnerRole.DIRECT_BILL_PARTNER)) {
            Optional<LeftoverRemoval> removal = removalAs.apply(role).filter(r -> declaredSandbox.test(r.tenantId()));
            if (removal.isEmpty()) {
                continue;
            }
            try {
                for (String[] customer : removal.get().customersNamed(prefix)) {
                    try {
                        deleteCustomer(pass, removal.get(), customer[0], "customer " + customer[0] + " (" + customer[1] + ") of "
                                + role.key(), null);
                    } catch (LeftoverRemoval.Refused refused) {
                        pass.failed("customer/" + customer[0], "customer " + customer[0] + " (" + customer[1] + ")", refused.getMessage());
                    }
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed("search/" + role.key(), "the customers of " + role.key() + " named " + prefix + "…", refused.getMessage());
            }
        }
        removalAs.apply(PartnerRole.INDIRECT_PROVIDER).filter(r -> declaredSandbox.test(r.tenantId())).ifPresent(provider -> {
            try {
                for (String[] reseller : provider.indirectResellersNamed(prefix)) {
                    String what = ResourceKind.INDIRECT_RESELLER.key() + " " + reseller[0] + " (" + reseller[1] + ")";
                    try {
                        deleteReseller(pass, provider, reseller[0], what, null);
                    } catch (LeftoverRemoval.Refused refused) {
                        pass.failed(what, what, refused.getMessage());
                    }
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed("search/resellers", "the indirect resellers named " + prefix + "…", refused.getMessage());
            }
        });
        return pass.report();
    }

    /**
     * Each unanswered create is looked up by the name its intent gives: found, it is written to its
     * ledger as created (then removed as any other leftover); not found once the list lag has passed,
     * it made nothing. An order has no name: its intent is answered when its customer goes, which
     * takes every order of it along.
     */
    private void resolveIntents(Pass pass, List<RunLedger> ledgers) {
        for (RunLedger ledger : ledgers) {
            for (LedgerEntry intent : ledger.unconfirmed()) {
                Optional<ResourceKind> kind = ResourceKind.byKey(intent.kind());
                if (kind.isEmpty() || kind.get() == ResourceKind.SUBSCRIPTION) {
                    pass.failed(intent.intent(), intent.describe(), "unknown kind of create '" + intent.kind() + "'");
                    continue;
                }
                if (kind.get() == ResourceKind.ORDER) {
                    pass.orderIntents.put(intent, ledger);
                    continue;
                }
                Optional<LeftoverRemoval> calls = callsFor(intent, pass);
                if (calls.isEmpty()) {
                    continue;
                }
                if (intent.name() == null && intent.domain() == null) {
                    ledger.resolved(intent, "no name to look up: the create was sent without one, which the API refuses", runId);
                    continue;
                }
                try {
                    String[] found = lookUp(intent, () -> kind.get() == ResourceKind.CUSTOMER
                            ? calls.get().customerNamed(intent.domain(), intent.name())
                            : calls.get().indirectResellerNamed(intent.name()));
                    if (found == null) {
                        ledger.resolved(intent, "not found by name " + (intent.domain() != null ? intent.domain() : intent.name())
                                + ": never created", runId);
                        out.println("janitor: " + intent.describe() + ": nothing was created");
                    } else {
                        LedgerEntry created = ledger.found(intent, found[0], runId);
                        pass.ledgerOf.put(created, ledger);
                        out.println("janitor: " + intent.describe() + " made " + created.kind() + " " + found[0]);
                    }
                } catch (LeftoverRemoval.Refused refused) {
                    pass.failed(intent.intent(), intent.describe(), refused.getMessage());
                }
            }
        }
    }

    /** The name looked up until found, or until the list lag after the intent has passed. */
    private String[] lookUp(LedgerEntry intent, Supplier<String[]> search) {
        String[] found = search.get();
        Instant until = parseOr(intent.at()).plus(listLag);
        if (found != null || !Instant.now().isBefore(until)) {
            return found;
        }
        AtomicReference<String[]> result = new AtomicReference<>();
        try {
            await("a create of run " + intent.runId() + " shows in lists").atMost(Duration.between(Instant.now(), until).plus(pollInterval))
                    .pollInterval(pollInterval).until(() -> {
                        result.set(search.get());
                        return result.get() != null || !Instant.now().isBefore(until);
                    });
        } catch (ConditionTimeoutException lagPassed) {
            // not listed within the lag: never created
        }
        return result.get();
    }

    private static Instant parseOr(String at) {
        try {
            return at == null ? Instant.EPOCH : Instant.parse(at);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return Instant.EPOCH;
        }
    }

    /**
     * Deletes an indirect reseller after its customers: every customer its provider lists for it
     * (filter IndirectReseller), each emptied and deleted as a ledger's customer is. A customer created
     * just before a kill may not be listed yet: while the reseller's delete is refused for its
     * customers (6003), they are listed again until the list lag has passed.
     */
    private void deleteReseller(Pass pass, LeftoverRemoval calls, String resellerId, String what, LedgerEntry entry) {
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
    private boolean waitingHelps(Pass pass, LeftoverRemoval calls, String resellerId, Outcome deleted) {
        return !deleted.done() && deleted.errorCode() == RESELLER_HAS_CUSTOMERS
                && calls.customersOfIndirectReseller(resellerId).stream().noneMatch(c -> pass.failedCustomer(c[0]));
    }

    private Outcome deleteCustomersThenReseller(Pass pass, LeftoverRemoval calls, String resellerId) {
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

    /** The calls as the entry's owner, or empty with a failure line when it must not or cannot be touched. */
    private Optional<LeftoverRemoval> callsFor(LedgerEntry entry, Pass pass) {
        String owner = entry.ownerTenant();
        if (owner != null && !declaredSandbox.test(owner)) {
            pass.failed(entry.resourceKey(), entry.describe(), "not touched: its tenant " + owner + " is not in "
                    + LiveSettings.ALLOWED_TENANTS);
            return Optional.empty();
        }
        Optional<LeftoverRemoval> removal = roleOf(entry.ownerRole()).flatMap(removalAs);
        if (removal.isEmpty()) {
            pass.failed(entry.resourceKey(), entry.describe(), "no credentials for " + entry.ownerRole() + " in this run");
            return Optional.empty();
        }
        String tenant = removal.get().tenantId();
        if (!declaredSandbox.test(tenant) || (owner != null && !owner.equalsIgnoreCase(tenant))) {
            pass.failed(entry.resourceKey(), entry.describe(), "not touched: created in tenant " + owner + ", and this run's "
                    + entry.ownerRole() + " is tenant " + tenant);
            return Optional.empty();
        }
        return removal;
    }

    /** Cancels an order that ends so; a seat order is ended by suspending its subscriptions, later. */
    private void endOrder(Pass pass, LeftoverRemoval calls, LedgerEntry entry) {
        PurchaseEnd known = pass.ledgerOf.keySet().stream()
                .filter(e -> ResourceKind.SUBSCRIPTION.key().equals(e.kind()) && entry.id().equals(e.orderId())
                        && entry.customerId().equals(e.customerId()))
                .map(LedgerEntry::purchaseEnd).filter(end -> end != PurchaseEnd.UNKNOWN)
                .reduce((a, b) -> a == PurchaseEnd.CANCEL_ORDER ? a : b).orElse(PurchaseEnd.UNKNOWN);
        endOrder(pass, calls, entry.customerId(), entry.id(), known, entry.describe(), entry);
    }

    private void endOrder(Pass pass, LeftoverRemoval calls, String customerId, String orderId, PurchaseEnd known, String what,
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
    private void endSubscription(Pass pass, LeftoverRemoval calls, String customerId, String subscriptionId, LedgerEntry entry) {
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
    private void suspendDeferred(Pass pass) {
        for (Map.Entry<String, Deferred> deferred : new ArrayList<>(pass.suspendLater.entrySet())) {
            Deferred order = deferred.getValue();
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
    private void deleteCustomer(Pass pass, LeftoverRemoval calls, String customerId, String what, LedgerEntry entry) {
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

    private void result(Pass pass, String what, LedgerEntry entry, Outcome outcome) {
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

    private static Optional<PartnerRole> roleOf(String key) {
        try {
            return Optional.of(PartnerRole.byKey(key));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    /** A seat order waiting for its subscriptions to be suspended. */
    private static final class Deferred {
        final String what;
        final LedgerEntry entry;
        final LeftoverRemoval calls;
        final String customerId;
        final List<String> subscriptions;

        Deferred(String what, LedgerEntry entry, LeftoverRemoval calls, String customerId, List<String> subscriptions) {
            this.what = what;
            this.entry = entry;
            this.calls = calls;
            this.customerId = customerId;
            this.subscriptions = subscriptions;
        }
    }

    /** One janitor pass: what ended, what failed, and which ledger each leftover is written back to. */
    private final class Pass {
        final Map<LedgerEntry, RunLedger> ledgerOf = new LinkedHashMap<>();
        final List<String> removed = new ArrayList<>();
        final Map<String, String> failures = new LinkedHashMap<>();
        /** Resource keys ended by the pass, with or without a call of their own. */
        final Set<String> endedKeys = new HashSet<>();
        /** Subscriptions of orders cancelled in this pass: deleted with them. */
        final Set<String> endedAlong = new HashSet<>();
        final Set<String> handledOrders = new HashSet<>();
        final Set<String> handledSubscriptions = new LinkedHashSet<>();
        final Map<String, Deferred> suspendLater = new LinkedHashMap<>();
        /** Customers deleted (or found gone) in this pass. */
        final Set<String> deletedCustomers = new HashSet<>();
        /** Unanswered order creates: answered when their customer goes. */
        final Map<LedgerEntry, RunLedger> orderIntents = new LinkedHashMap<>();

        boolean ended(LedgerEntry entry) {
            if (keyEnded(entry.resourceKey())) {
                if (endedKeys.add(entry.resourceKey())) {
                    removed.add(entry.describe());
                    out.println("janitor: removed " + entry.describe() + " (deleted with its cancelled order)");
                    writeBack(entry);
                }
                return true;
            }
            return false;
        }

        boolean failedCustomer(String customerId) {
            return failures.containsKey(LedgerEntry.key(ResourceKind.CUSTOMER, null, customerId));
        }

        boolean keyEnded(String key) {
            return endedKeys.contains(key) || endedAlong.contains(key);
        }

        LedgerEntry ledgerEntry(ResourceKind kind, String customerId, String id) {
            String key = LedgerEntry.key(kind, customerId, id);
            return ledgerOf.keySet().stream().filter(e -> e.resourceKey().equals(key)).findFirst().orElse(null);
        }

        void deferOrder(String key, String what, LedgerEntry entry, LeftoverRemoval calls, String customerId,
                        List<String> subscriptions) {
            suspendLater.putIfAbsent(key, new Deferred(what, entry, calls, customerId, subscriptions));
        }

        void removed(String key, String what, LedgerEntry entry) {
            endedKeys.add(key);
            failures.remove(key);
            removed.add(what);
            out.println("janitor: removed " + what);
            if (entry != null) {
                writeBack(entry);
            }
        }

        void failed(String key, String what, String reason) {
            failures.put(key, what + ": " + reason);
            out.println("janitor: could not remove " + what + ": " + reason);
        }

        /** A deleted customer takes its orders and subscriptions: they leave the ledgers, and any failure on them is moot. */
        void customerGone(String customerId) {
            deletedCustomers.add(customerId);
            for (LedgerEntry entry : ledgerOf.keySet()) {
                if (customerId.equals(entry.customerId()) && endedKeys.add(entry.resourceKey())) {
                    if (failures.remove(entry.resourceKey()) != null) {
                        out.println("janitor: removed " + entry.describe() + " (with its customer)");
                    }
                    writeBack(entry);
                }
            }
            suspendLater.values().removeIf(d -> d.customerId.equals(customerId));
        }

        /** An unanswered order create whose customer went in this pass went with it; any other stays open, one line. */
        void resolveOrderIntents() {
            orderIntents.forEach((intent, ledger) -> {
                if (deletedCustomers.contains(intent.customerId())
                        || ledger.wasRemoved(ResourceKind.CUSTOMER, null, intent.customerId())) {
                    ledger.resolved(intent, "its customer " + intent.customerId() + " was deleted, with every order of it", runId);
                    out.println("janitor: " + intent.describe() + ": gone with its customer");
                } else {
                    failed(intent.intent(), intent.describe(), "its customer " + intent.customerId()
                            + " is in no ledger and was not deleted; look its orders up by hand");
                }
            });
        }

        private void writeBack(LedgerEntry entry) {
            RunLedger ledger = ledgerOf.get(entry);
            if (ledger != null) {
                ledger.removed(entry, runId);
            }
        }

        Report report() {
            return new Report(List.copyOf(removed), List.copyOf(failures.values()));
        }
    }
}
