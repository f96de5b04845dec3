package org.partnersandbox.emulator.domain;

/**
 * What the partner says about a new customer: the company profile's domain and the billing profile
 * (create-a-customer's body). {@code enableGdapByDefault} is null when the request did not say.
 */
public record CustomerProfile(String domain, String companyName, String email, String culture, String language,
                              String firstName, String lastName, Address defaultAddress, Boolean enableGdapByDefault) {
}
