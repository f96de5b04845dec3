package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer as Partner Center returns it (created, read, or listed). The admin credentials of a
 * new customer tenant are not kept: no scenario needs them.
 */
public record Customer(String id, String companyName, String domain, String relationshipToPartner,
                       Optional<String> associatedPartnerId, Optional<Boolean> allowDelegatedAccess, String objectType) {

    public static Customer fromJson(JsonNode customer) {
        JsonNode company = customer.path("companyProfile");
        String associated = customer.path("associatedPartnerId").asText("");
        JsonNode delegated = customer.path("allowDelegatedAccess");
        return new Customer(
                customer.path("id").asText(""),
                company.path("companyName").asText(""),
                company.path("domain").asText(""),
                customer.path("relationshipToPartner").asText(""),
                associated.isBlank() ? Optional.empty() : Optional.of(associated),
                delegated.isBoolean() ? Optional.of(delegated.booleanValue()) : Optional.empty(),
                customer.path("attributes").path("objectType").asText(""));
    }

    /** The {@code items} of a Collection body; empty when there are none. */
    public static List<Customer> listFrom(JsonNode collection) {
        List<Customer> customers = new ArrayList<>();
        collection.path("items").forEach(item -> customers.add(fromJson(item)));
        return customers;
    }

    public boolean isAssociatedWith(String resellerTenantId) {
        return associatedPartnerId.filter(resellerTenantId::equalsIgnoreCase).isPresent();
    }

    public String describe() {
        return "customer " + companyName + " (" + id + ")";
    }
}
