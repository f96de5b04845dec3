package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Customers' orders: placed by the partner (each line buys one subscription) and, in the sandbox, cancelled (E13, E14, E18). */
public final class OrderRegistry implements Resettable {

    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final ResourceStore<Order> orders = new ResourceStore<>();
    private final OfferCatalogue offers;
    private final SandboxRules rules;
    private final IndirectResellerRegistry resellers;
    private final SubscriptionRegistry subscriptions;
    private final Clock clock;

    public OrderRegistry(OfferCatalogue offers, SandboxRules rules, IndirectResellerRegistry resellers,
                         SubscriptionRegistry subscriptions, Clock clock) {
        this.offers = offers;
        this.rules = rules;
        this.resellers = resellers;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /**
     * IP-01, IP-07, E18: checks every line first (offer known, licence count, partner of record,
     * subscription slots), then creates the order and one active subscription per line. Call under
     * the sandbox lock.
     */
    public Order place(PartnerAccount caller, Customer customer, String billingCycle, String currencyCode,
                       List<OrderLineRequest> requested) {
        rules.requireNotReseller(caller, "place orders");
        List<IndirectReseller> resellersOfCaller = resellers.ofProvider(caller.tenantId());
        List<Offer> bought = new ArrayList<>();
        for (OrderLineRequest line : requested) {
            bought.add(offers.find(line.offerId()).orElseThrow(() -> Refusal.badInput("The offer '" + line.offerId()
                    + "' of line item " + line.lineItemNumber() + " is not in the sandbox offer catalogue.")));
            if (caller.sandbox()) {
                rules.requireLicenceCount(line.quantity());
            }
            if (line.partnerIdOnRecord() != null) {
                rules.requirePartnerOfRecord(caller, line.partnerIdOnRecord(), resellersOfCaller);
            }
        }
        if (caller.sandbox()) {
            rules.requireSubscriptionSlots(customer, subscriptions.ofCustomer(customer.id()), requested.size());
        }

        String orderId = newOrderId();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            OrderLineRequest line = requested.get(i);
            Subscription subscription = subscriptions.create(customer.id(), orderId, bought.get(i), line);
            lines.add(new OrderLine(line.lineItemNumber(), bought.get(i), line.quantity(), subscription.friendlyName(),
                    line.partnerIdOnRecord(), subscription.id()));
        }
        Order order = new Order(orderId, customer.id(), billingCycle == null ? bought.get(0).billingCycle() : billingCycle,
                currencyCode == null ? "USD" : currencyCode, lines, OrderStatus.COMPLETED, clock.instant(), Etags.fresh());
        orders.put(orderId, order);
        return order;
    }

    public List<Order> ofCustomer(String customerId) {
        return orders.where(o -> o.customerId().equalsIgnoreCase(customerId)).stream()
                .sorted(Comparator.comparing(Order::created).thenComparing(Order::id)).toList();
    }

    /** 404 20000 when the customer has no such order. */
    public Order of(Customer customer, String orderId) {
        return orders.find(orderId).filter(o -> o.customerId().equalsIgnoreCase(customer.id()))
                .orElseThrow(() -> Refusal.notFound(20000, "Order " + orderId + " not found for customer " + customer.id() + "."));
    }

    /**
     * E13, RR-14: cancels an Azure RI or software order; its subscriptions end ({@code deleted}).
     * Cancelling a cancelled order again answers with it unchanged. Call under the sandbox lock.
     */
    public Order cancel(PartnerAccount caller, Customer customer, String orderId) {
        rules.requireNotReseller(caller, "cancel orders");
        Order order = of(customer, orderId);
        if (!order.open()) {
            return order;
        }
        rules.requireCancellableByOrder(order, caller);
        Order cancelled = order.withStatus(OrderStatus.CANCELLED, Etags.fresh());
        orders.put(orderId, cancelled);
        subscriptions.endOrder(orderId);
        return cancelled;
    }

    /** Call under the sandbox lock: the customer is being deleted. */
    void purge(String customerId) {
        orders.where(o -> o.customerId().equalsIgnoreCase(customerId)).forEach(o -> orders.remove(o.id()));
    }

    public List<Order> all() {
        return List.copyOf(orders.all());
    }

    @Override
    public void reset() {
        orders.reset();
    }

    /** Opaque ids like the documented ones ({@code Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1}): clients must not assume GUIDs. */
    private static String newOrderId() {
        StringBuilder id = new StringBuilder(33);
        for (int i = 0; i < 32; i++) {
            id.append(ID_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ID_ALPHABET.length())));
        }
        return id.append('1').toString();
    }
}
