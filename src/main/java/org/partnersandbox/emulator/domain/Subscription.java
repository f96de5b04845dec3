package org.partnersandbox.emulator.domain;

import java.time.Instant;

/**
 * A customer's subscription, created by one order line. {@code partnerId} is the line's partner of
 * record (an indirect reseller's PartnerID), or null.
 */
public record Subscription(String id, String customerId, String orderId, Offer offer, String friendlyName, int quantity,
                           String partnerId, SubscriptionStatus status, Instant created, String etag) {

    public Subscription withStatus(SubscriptionStatus newStatus, String newEtag) {
        return new Subscription(id, customerId, orderId, offer, friendlyName, quantity, partnerId, newStatus, created, newEtag);
    }
}
