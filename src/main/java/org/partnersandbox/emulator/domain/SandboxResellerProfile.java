package org.partnersandbox.emulator.domain;

/** What the provider says about a new indirect reseller in the create request (seed 003's body tables). */
public record SandboxResellerProfile(String domainPrefix, String name, String displayName, String adminUserName,
                                     String adminFirstName, String adminLastName, String adminAlternateEmail,
                                     String country, String culture, String companyName,
                                     String organizationProfileLanguage) {
}
