package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A valid body for {@code POST /v1/customers} (create-a-customer): a company profile with a domain
 * unique to the run that starts with the run id, and a billing profile with a real address (the sandbox validates addresses,
 * and a customer created with an invalid one cannot be deleted later).
 */
public final class CustomerRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode body;

    private CustomerRequest(ObjectNode body) {
        this.body = body;
    }

    /** A direct customer of the calling partner, in {@code country} (the address is Redmond's when US). */
    public static CustomerRequest of(String country) {
        String name = uniqueName();
        ObjectNode body = JSON.createObjectNode();
        body.putObject("companyProfile").put("domain", name + ".onmicrosoft.com");
        ObjectNode billing = body.putObject("billingProfile");
        billing.put("email", "sandbox.scenario@" + name + ".example.com");
        billing.put("culture", "en-US");
        billing.put("language", "en");
        billing.put("companyName", name);
        ObjectNode address = billing.putObject("defaultAddress");
        address.put("country", country);
        address.put("city", "Redmond");
        address.put("state", "WA");
        address.put("addressLine1", "1 Microsoft Way");
        address.put("postalCode", "98052");
        address.put("firstName", "Sandbox");
        address.put("lastName", "Scenario");
        address.put("phoneNumber", "4255550100");
        return new CustomerRequest(body);
    }

    /** The same customer, created for the indirect reseller whose tenant id is {@code resellerTenantId} (IP-05). */
    public CustomerRequest forIndirectReseller(String resellerTenantId) {
        ObjectNode copy = body.deepCopy();
        copy.put("associatedPartnerId", resellerTenantId);
        return new CustomerRequest(copy);
    }

    /**
     * Letters and digits, unique to the run, beginning with the run id ({@link RunNames}): domains and
     * company names never collide, and a sweep by the run's prefix finds the customer.
     */
    static String uniqueName() {
        return RunNames.uniqueName();
    }

    public String companyName() {
        return body.path("billingProfile").path("companyName").asText();
    }

    public String domain() {
        return body.path("companyProfile").path("domain").asText();
    }

    public Optional<String> associatedPartnerId() {
        String id = body.path("associatedPartnerId").asText("");
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    /** A copy of the body, to send. */
    public ObjectNode body() {
        return body.deepCopy();
    }

    @Override
    public String toString() {
        return "customer request " + companyName() + associatedPartnerId().map(id -> " for indirect reseller " + id).orElse("");
    }
}
