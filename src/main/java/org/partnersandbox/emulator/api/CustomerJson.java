package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnersandbox.emulator.domain.Address;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.CustomerProfile;
import org.partnersandbox.emulator.http.Json;

import java.io.IOException;

/**
 * The Customer resource in its three documented shapes, written straight to JSON: every create and
 * every read writes one, and as trees of nodes they cost more than the rest of a create's handling
 * (issue 14's POST profile). Members in the order of the documented examples.
 */
final class CustomerJson {

    /** Which page's shape: the list item (E1), the full resource (E5), the create answer (E3). */
    enum Shape {
        LIST_ITEM, FULL, CREATED
    }

    private CustomerJson() {
    }

    static JsonNode of(Customer customer, Shape shape) {
        return Json.streamed(json -> write(json, customer, shape));
    }

    /**
     * The list item has the company profile without contact, the relationship and the links. The full
     * resource adds the billing profile, delegated access and the custom domains; the create answer is the
     * full one without the custom domains and the company's contact (as the create pages print it), with
     * the new tenant's admin credentials. Relationship and delegated access as the customer was created
     * with them (RR-02, IR-06).
     */
    private static void write(JsonGenerator json, Customer customer, Shape shape) throws IOException {
        CustomerProfile profile = customer.profile();
        json.writeStartObject();
        json.writeStringField("id", customer.id());
        json.writeStringField("commerceId", customer.commerceId());
        companyProfile(json, customer, shape == Shape.FULL);
        if (shape != Shape.LIST_ITEM) {
            billingProfile(json, customer);
            if (profile.enableGdapByDefault() != null) {
                json.writeBooleanField("enableGDAPByDefault", profile.enableGdapByDefault());
            }
        }
        json.writeStringField("relationshipToPartner", customer.relationshipToPartner());
        if (shape != Shape.LIST_ITEM) {
            json.writeBooleanField("allowDelegatedAccess", customer.allowDelegatedAccess());
        }
        if (shape == Shape.FULL) {
            json.writeArrayFieldStart("customDomains");
            json.writeString(profile.domain());
            json.writeEndArray();
        }
        stringIfSet(json, "associatedPartnerId", customer.associatedPartnerId());
        Json.writeSelfLinks(json, "/customers/" + customer.id());
        Json.writeAttributes(json, "Customer");
        if (shape == Shape.CREATED) {
            json.writeObjectFieldStart("userCredentials");
            json.writeStringField("userName", "admin");
            json.writeStringField("password", customer.adminPassword());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** With {@code contact}: the company's address and email, which the create request gave as the billing ones. */
    private static void companyProfile(JsonGenerator json, Customer customer, boolean contact) throws IOException {
        json.writeObjectFieldStart("companyProfile");
        json.writeStringField("tenantId", customer.id());
        json.writeStringField("domain", customer.profile().domain());
        json.writeStringField("companyName", customer.profile().companyName());
        if (contact) {
            companyAddress(json, customer.profile().defaultAddress());
            json.writeStringField("email", customer.profile().email());
        }
        Json.writeSelfLinks(json, "/customers/" + customer.id() + "/profiles/company");
        Json.writeAttributes(json, "CustomerCompanyProfile");
        json.writeEndObject();
    }

    private static void billingProfile(JsonGenerator json, Customer customer) throws IOException {
        CustomerProfile profile = customer.profile();
        json.writeObjectFieldStart("billingProfile");
        json.writeStringField("id", customer.billingProfileId());
        stringIfSet(json, "firstName", profile.firstName());
        stringIfSet(json, "lastName", profile.lastName());
        json.writeStringField("email", profile.email());
        json.writeStringField("culture", profile.culture());
        json.writeStringField("language", profile.language());
        json.writeStringField("companyName", profile.companyName());
        billingAddress(json, profile.defaultAddress());
        Json.writeSelfLinks(json, "/customers/" + customer.id() + "/profiles/billing");
        json.writeObjectFieldStart("attributes");
        json.writeStringField("objectType", "CustomerBillingProfile");
        json.writeStringField("etag", customer.billingEtag());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * get-a-customer-by-id's company address: no state and no contact names; its {@code region} is the billing
     * address's state when no region was given (the example: billing state "WA", company region "wa").
     */
    private static void companyAddress(JsonGenerator json, Address address) throws IOException {
        json.writeObjectFieldStart("address");
        json.writeStringField("country", address.country());
        stringIfSet(json, "region", address.region() != null ? address.region() : address.state());
        json.writeStringField("city", address.city());
        json.writeStringField("addressLine1", address.addressLine1());
        stringIfSet(json, "addressLine2", address.addressLine2());
        json.writeStringField("postalCode", address.postalCode());
        json.writeStringField("phoneNumber", address.phoneNumber() == null ? "" : address.phoneNumber());
        json.writeEndObject();
    }

    private static void billingAddress(JsonGenerator json, Address address) throws IOException {
        json.writeObjectFieldStart("defaultAddress");
        json.writeStringField("country", address.country());
        stringIfSet(json, "region", address.region());
        json.writeStringField("city", address.city());
        stringIfSet(json, "state", address.state());
        json.writeStringField("addressLine1", address.addressLine1());
        stringIfSet(json, "addressLine2", address.addressLine2());
        json.writeStringField("postalCode", address.postalCode());
        stringIfSet(json, "firstName", address.firstName());
        stringIfSet(json, "lastName", address.lastName());
        json.writeStringField("phoneNumber", address.phoneNumber() == null ? "" : address.phoneNumber());
        json.writeEndObject();
    }

    private static void stringIfSet(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
