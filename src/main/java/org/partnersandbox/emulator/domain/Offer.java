package org.partnersandbox.emulator.domain;

/** An offer of the emulator's catalogue ({@code config/offers.json}): what an order line may buy. */
public record Offer(String id, String name, ProductType productType, String billingType, String billingCycle,
                    String unitType, String termDuration) {
}
