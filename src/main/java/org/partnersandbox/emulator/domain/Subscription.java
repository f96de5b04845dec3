package org.partnersandbox.emulator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A customer's subscription, created by one order line. {@code partnerId} is the line's partner of
 * record (an indirect reseller's PartnerID), or null.
 */
public record Subscription(String id, String customerId, String orderId, Offer offer, String friendlyName, int quantity,
                           String partnerId, SubscriptionStatus status, Instant created, String etag) {

    /**
     * The entitlement the subscription grants: a GUID of its own, stable for the subscription's life
     * (derived from its id, so that every answer names the same one).
     */
    public String entitlementId() {
        return UUID.nameUUIDFromBytes(("entitlement:" + id.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Subscription withStatus(SubscriptionStatus newStatus, String newEtag) {
        return new Subscription(id, customerId, orderId, offer, friendlyName, quantity, partnerId, newStatus, created, newEtag);
    }
}
