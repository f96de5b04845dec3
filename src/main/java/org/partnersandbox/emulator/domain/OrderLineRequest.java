package org.partnersandbox.emulator.domain;

/** One line of an order as the partner asks for it; {@code partnerIdOnRecord} and {@code friendlyName} may be null. */
public record OrderLineRequest(int lineItemNumber, String offerId, int quantity, String friendlyName,
                               String partnerIdOnRecord) {
}
