package org.partnersandbox.emulator.domain;

/** One line of an order: one offer bought in some quantity, and the subscription it created. */
public record OrderLine(int lineItemNumber, Offer offer, int quantity, String friendlyName, String partnerIdOnRecord,
                        String subscriptionId) {
}
