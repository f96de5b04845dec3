package org.partnersandbox.emulator.domain;

/** A postal address as Partner Center's {@code Address} resource carries it (reference §7.1). */
public record Address(String country, String region, String city, String state, String addressLine1,
                      String addressLine2, String postalCode, String firstName, String lastName, String phoneNumber) {
}
