package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A valid body for {@code POST /v1/sandboxIndirectReseller}, shaped as the page's example
 * (shared/reference/doc-examples/create_sandbox_indirect_reseller.json), around a domain prefix
 * that is unique to the run, so that runs and scenarios never collide (IR-15).
 */
public final class SandboxResellerRequest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_USER_NAME = "admin";

    private final ObjectNode body;

    private SandboxResellerRequest(ObjectNode body) {
        this.body = body;
    }

    /**
     * A reseller with sandbox PartnerID {@code partnerId}, whose tenant is in {@code country}
     * (a PartnerID belongs to a region, IR-03: the two must match).
     */
    public static SandboxResellerRequest of(String partnerId, String country, String domainPrefix) {
        ObjectNode body = JSON.createObjectNode();
        body.put("mpnId", partnerId);
        ObjectNode tenant = body.putObject("tenant");
        tenant.put("domainPrefix", domainPrefix);
        tenant.put("name", domainPrefix);
        tenant.put("displayName", domainPrefix);
        tenant.put("adminUserName", ADMIN_USER_NAME);
        tenant.put("adminFirstName", "Sandbox");
        tenant.put("adminLastName", "Scenario");
        tenant.put("adminAlternateEmail", domainPrefix + "@test.com");
        tenant.put("country", country);
        tenant.put("culture", "en-us");
        ObjectNode profile = body.putObject("legalBusinessProfile");
        profile.put("companyName", domainPrefix);
        ObjectNode address = profile.putObject("address");
        address.put("country", country);
        address.put("city", "Redmond");
        address.put("state", "WA");
        address.put("addressLine1", "1 Microsoft Way");
        address.put("addressLine2", "");
        address.put("postalCode", "98052");
        ObjectNode contact = profile.putObject("primaryContact");
        contact.put("firstName", "Sandbox");
        contact.put("lastName", "Scenario");
        contact.put("email", "Sandbox.Scenario@test.com");
        contact.put("phoneNumber", "1234567890");
        profile.put("culture", "en-US");
        body.put("organizationProfileLanguage", "en");
        return new SandboxResellerRequest(body);
    }

    /**
     * A domain prefix no other run or scenario uses: letters and digits, as tenant domains require,
     * beginning with the run id, so that a leftover names its run ({@link RunNames}).
     */
    public static String uniqueDomainPrefix() {
        return RunNames.uniqueName();
    }

    /** The same request without one property, named by its dotted path, e.g. {@code tenant.domainPrefix}. */
    public SandboxResellerRequest without(String dottedPath) {
        ObjectNode copy = body.deepCopy();
        String[] names = dottedPath.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.path(names[i]);
        }
        if (!(parent instanceof ObjectNode object) || !object.has(names[names.length - 1])) {
            throw new IllegalArgumentException("the request has no property " + dottedPath);
        }
        object.remove(names[names.length - 1]);
        return new SandboxResellerRequest(copy);
    }

    /**
     * The same request with the PartnerID under another name: the 2022 table of the page calls it
     * {@code partnerId}, its example {@code mpnId} (IR-13).
     */
    public SandboxResellerRequest withPartnerIdNamed(String name) {
        ObjectNode copy = JSON.createObjectNode();
        body.fields().forEachRemaining(field -> copy.set(field.getKey().equals("mpnId") ? name : field.getKey(), field.getValue().deepCopy()));
        return new SandboxResellerRequest(copy);
    }

    /** The PartnerID, under whichever name the request gives it. */
    public String mpnId() {
        return body.has("mpnId") ? body.path("mpnId").asText() : body.path("partnerId").asText();
    }

    /** The new reseller's country (its tenant's, which the PartnerID's region must match). */
    public String country() {
        return body.path("tenant").path("country").asText();
    }

    public String domainPrefix() {
        return body.path("tenant").path("domainPrefix").asText();
    }

    /** The admin account the page says the new tenant gets: {@code <adminUserName>@<domainPrefix>.onmicrosoft.com}. */
    public String expectedAdminUserAccount() {
        return (ADMIN_USER_NAME + "@" + domainPrefix() + ".onmicrosoft.com").toLowerCase(Locale.ROOT);
    }

    /** A copy of the body, to send. */
    public ObjectNode body() {
        return body.deepCopy();
    }

    @Override
    public String toString() {
        return "sandbox indirect reseller request " + domainPrefix() + " (PartnerID " + mpnId() + ")";
    }
}
