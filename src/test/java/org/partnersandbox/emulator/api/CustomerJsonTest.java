package org.partnersandbox.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.domain.Address;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.CustomerProfile;
import org.partnersandbox.emulator.http.Json;

/**
 * The customer's three shapes, written without a tree: members in the documented examples' order, the
 * optional ones only when set (the examples and the SDKs' contract tests cover the values over HTTP).
 */
class CustomerJsonTest {

    private static final Address ADDRESS = new Address("US", null, "Redmond", "WA", "1 Microsoft Way", null, "98052",
            "Ada", "Lovelace", null);
    private static final Customer CUSTOMER = new Customer("c-1", "commerce-1", "provider-1", "reseller-1",
            new CustomerProfile("contoso.onmicrosoft.com", "Contoso \"Ltd\"", "ada@contoso.com", "en-US", "en",
                    null, null, ADDRESS, true),
            "billing-1", "etag-1", "secret-1", 1, Instant.EPOCH, "reseller", true);

    private static JsonNode written(Customer customer, CustomerJson.Shape shape) throws Exception {
        return Json.MAPPER.readTree(Json.write(CustomerJson.of(customer, shape)));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_full_resource_has_every_member_in_the_examples_order() throws Exception {
        JsonNode full = written(CUSTOMER, CustomerJson.Shape.FULL);

        assertThat(names(full)).containsExactly("id", "commerceId", "companyProfile", "billingProfile", "enableGDAPByDefault",
                "relationshipToPartner", "allowDelegatedAccess", "customDomains", "associatedPartnerId", "links", "attributes");
        assertThat(names(full.get("companyProfile"))).containsExactly("tenantId", "domain", "companyName", "address", "email",
                "links", "attributes");
        // the company address: no state or contact names, the billing state as region, an empty phone number
        assertThat(full.at("/companyProfile/address").toString()).isEqualTo(
                "{\"country\":\"US\",\"region\":\"WA\",\"city\":\"Redmond\",\"addressLine1\":\"1 Microsoft Way\","
                        + "\"postalCode\":\"98052\",\"phoneNumber\":\"\"}");
        assertThat(names(full.get("billingProfile"))).containsExactly("id", "email", "culture", "language", "companyName",
                "defaultAddress", "links", "attributes");
        assertThat(names(full.at("/billingProfile/defaultAddress"))).containsExactly("country", "city", "state",
                "addressLine1", "postalCode", "firstName", "lastName", "phoneNumber");
        assertThat(full.at("/billingProfile/attributes").toString())
                .isEqualTo("{\"objectType\":\"CustomerBillingProfile\",\"etag\":\"etag-1\"}");
        assertThat(full.at("/companyProfile/companyName").textValue()).isEqualTo("Contoso \"Ltd\"");
        assertThat(full.at("/customDomains").toString()).isEqualTo("[\"contoso.onmicrosoft.com\"]");
        assertThat(full.at("/links/self").toString()).isEqualTo("{\"uri\":\"/customers/c-1\",\"method\":\"GET\",\"headers\":[]}");
        assertThat(full.toString()).doesNotContain("secret-1");
    }

    @Test
    void every_optional_value_set_is_written_where_the_examples_put_it() throws Exception {
        Address address = new Address("US", "Wash", "Redmond", "WA", "1 Way", "Suite 2", "98052", "Ada", "Lovelace", "555-0100");
        Customer customer = new Customer("c-1", "m-1", "p-1", "r-1", new CustomerProfile("c.onmicrosoft.com", "C", "e@c",
                "en-US", "en", "Bill", "Gates", address, false), "b-1", "e-1", "s-1", 1, Instant.EPOCH, "reseller", true);
        String company = "{\"tenantId\":\"c-1\",\"domain\":\"c.onmicrosoft.com\",\"companyName\":\"C\",";
        String companyEnd = "\"links\":{\"self\":{\"uri\":\"/customers/c-1/profiles/company\",\"method\":\"GET\",\"headers\":[]}},"
                + "\"attributes\":{\"objectType\":\"CustomerCompanyProfile\"}}";
        String end = "\"links\":{\"self\":{\"uri\":\"/customers/c-1\",\"method\":\"GET\",\"headers\":[]}},"
                + "\"attributes\":{\"objectType\":\"Customer\"}";

        assertThat(new String(Json.write(CustomerJson.of(customer, CustomerJson.Shape.FULL)), StandardCharsets.UTF_8)).isEqualTo(
                "{\"id\":\"c-1\",\"commerceId\":\"m-1\",\"companyProfile\":" + company
                + "\"address\":{\"country\":\"US\",\"region\":\"Wash\",\"city\":\"Redmond\",\"addressLine1\":\"1 Way\","
                + "\"addressLine2\":\"Suite 2\",\"postalCode\":\"98052\",\"phoneNumber\":\"555-0100\"},\"email\":\"e@c\","
                + companyEnd + ",\"billingProfile\":{\"id\":\"b-1\",\"firstName\":\"Bill\",\"lastName\":\"Gates\","
                + "\"email\":\"e@c\",\"culture\":\"en-US\",\"language\":\"en\",\"companyName\":\"C\","
                + "\"defaultAddress\":{\"country\":\"US\",\"region\":\"Wash\",\"city\":\"Redmond\",\"state\":\"WA\","
                + "\"addressLine1\":\"1 Way\",\"addressLine2\":\"Suite 2\",\"postalCode\":\"98052\",\"firstName\":\"Ada\","
                + "\"lastName\":\"Lovelace\",\"phoneNumber\":\"555-0100\"},"
                + "\"links\":{\"self\":{\"uri\":\"/customers/c-1/profiles/billing\",\"method\":\"GET\",\"headers\":[]}},"
                + "\"attributes\":{\"objectType\":\"CustomerBillingProfile\",\"etag\":\"e-1\"}},"
                + "\"enableGDAPByDefault\":false,\"relationshipToPartner\":\"reseller\",\"allowDelegatedAccess\":true,"
                + "\"customDomains\":[\"c.onmicrosoft.com\"],\"associatedPartnerId\":\"r-1\"," + end + "}");
        assertThat(new String(Json.write(CustomerJson.of(customer, CustomerJson.Shape.LIST_ITEM)), StandardCharsets.UTF_8)).isEqualTo(
                "{\"id\":\"c-1\",\"commerceId\":\"m-1\",\"companyProfile\":" + company + companyEnd
                + ",\"relationshipToPartner\":\"reseller\",\"associatedPartnerId\":\"r-1\"," + end + "}");
    }

    @Test
    void the_create_answer_drops_the_custom_domains_and_the_company_contact_and_adds_the_credentials() throws Exception {
        JsonNode created = written(CUSTOMER, CustomerJson.Shape.CREATED);

        assertThat(names(created)).containsExactly("id", "commerceId", "companyProfile", "billingProfile", "enableGDAPByDefault",
                "relationshipToPartner", "allowDelegatedAccess", "associatedPartnerId", "links", "attributes", "userCredentials");
        assertThat(names(created.get("companyProfile"))).containsExactly("tenantId", "domain", "companyName", "links", "attributes");
        assertThat(created.get("userCredentials").toString()).isEqualTo("{\"userName\":\"admin\",\"password\":\"secret-1\"}");
    }

    @Test
    void the_list_item_has_the_company_profile_the_relationship_and_the_links() throws Exception {
        Customer direct = new Customer("c-2", "commerce-2", "provider-1", null, CUSTOMER.profile(), "billing-2", "etag-2",
                "secret-2", 2, Instant.EPOCH, "reseller", false);

        assertThat(names(written(direct, CustomerJson.Shape.LIST_ITEM)))
                .containsExactly("id", "commerceId", "companyProfile", "relationshipToPartner", "links", "attributes");
        assertThat(names(written(direct, CustomerJson.Shape.FULL))).doesNotContain("associatedPartnerId")
                .contains("allowDelegatedAccess");
        assertThat(written(direct, CustomerJson.Shape.FULL).get("allowDelegatedAccess").booleanValue()).isFalse();
        Customer unsaid = new Customer("c-3", "commerce-3", "provider-1", null, new CustomerProfile("u.onmicrosoft.com", "U",
                "u@u", "en-US", "en", null, null, ADDRESS, null), "billing-3", "etag-3", "secret-3", 3, Instant.EPOCH,
                "reseller", true);
        assertThat(names(written(unsaid, CustomerJson.Shape.FULL))).as("GDAP by default, when the create did not say")
                .doesNotContain("enableGDAPByDefault");
    }
}
