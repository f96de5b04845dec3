package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.customerBodyFor;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/** Seed 003 and seed 000: what a sandbox indirect reseller sees and may do with its own credentials. */
class ResellerViewTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private EmulatorHttp.Account provider;
    private String providerToken;
    private JsonPath reseller;
    private String resellerId;
    private String resellerToken;

    @BeforeEach
    void providerWithReseller() {
        provider = http.provision("indirectProvider");
        providerToken = http.appUserToken(provider);
        reseller = http.reseller(providerToken);
        resellerId = reseller.getString("accountId");
        resellerToken = http.resellerToken(reseller, provider);
    }

    @Test
    void the_reseller_lists_exactly_the_customers_created_for_it() {
        String a = http.customer(providerToken, customerBodyFor("For the IR, 1", resellerId));
        String b = http.customer(providerToken, customerBodyFor("For the IR, 2", resellerId));
        http.customer(providerToken, customerBody("The provider's own"));
        http.customer(providerToken, customerBodyFor("Another IR's", http.reseller(providerToken).getString("accountId")));
        JsonPath list = http.as(resellerToken).get("/v1/customers").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id")).containsExactly(a, b);
        assertThat(list.getString("attributes.objectType")).isEqualTo("Collection");
    }

    @Test
    void the_reseller_reads_its_customer_with_delegated_access() {
        String id = http.customer(providerToken, customerBodyFor("Delegated", resellerId));
        JsonPath customer = http.as(resellerToken).get("/v1/customers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(customer.getBoolean("allowDelegatedAccess")).isTrue();
        assertThat(customer.getString("associatedPartnerId")).isEqualTo(resellerId);
    }

    @Test
    void another_providers_customer_is_403_20002_for_the_reseller() {
        String providersOwn = http.customer(providerToken, customerBody("Not the IR's"));
        String elsewhere = http.customer(http.appUserToken(http.provision("directBillPartner")), customerBody("Elsewhere"));
        assertThat(errorCode(http.as(resellerToken).get("/v1/customers/" + providersOwn), 403)).isEqualTo(20002);
        assertThat(errorCode(http.as(resellerToken).get("/v1/customers/" + elsewhere), 403)).isEqualTo(20002);
    }

    @Test
    void the_customers_relationships_name_the_reseller_for_provider_and_reseller() {
        String id = http.customer(providerToken, customerBodyFor("Related", resellerId));
        for (String token : new String[]{providerToken, resellerToken}) {
            JsonPath relationships = http.as(token).get("/v1/customers/" + id + "/relationships")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(relationships.getInt("totalCount")).isEqualTo(1);
            assertThat(relationships.getString("items[0].id")).isEqualTo(resellerId);
            assertThat(relationships.getString("items[0].relationshipType")).isEqualTo("is_indirect_cloud_solution_provider_of");
            assertThat(relationships.getString("items[0].mpnId")).isEqualTo(reseller.getString("mpnId"));
            assertThat(relationships.getString("items[0].name")).isNotBlank();
            assertThat(relationships.getString("items[0].attributes.objectType")).isEqualTo("PartnerRelationship");
        }
        String direct = http.customer(providerToken, customerBody("No reseller"));
        assertThat(http.as(providerToken).get("/v1/customers/" + direct + "/relationships").jsonPath().getList("items")).isEmpty();
        assertThat(errorCode(http.as(http.appOnlyToken(provider)).get("/v1/customers/" + id + "/relationships"), 403))
                .isEqualTo(900329);
    }

    @Test
    void the_reseller_cannot_add_customers() {
        assertThat(errorCode(http.createCustomer(resellerToken, customerBody("By the IR")), 403)).isEqualTo(900150);
        assertThat(http.as(resellerToken).get("/v1/customers").jsonPath().getList("items")).isEmpty();
        assertThat(http.state().getList("customers.ownerTenantId")).doesNotContain(resellerId);
    }

    @Test
    void the_reseller_cannot_order_cancel_suspend_or_delete_for_its_customer() {
        String id = http.customer(providerToken, customerBodyFor("Managed by the provider", resellerId));
        JsonPath order = http.order(providerToken, id, orderBody(reseller.getString("mpnId"), SEATS));
        String subscriptionId = order.getString("lineItems[0].subscriptionId");
        assertThat(errorCode(http.placeOrder(resellerToken, id, orderBody(null, SEATS)), 403)).isEqualTo(900150);
        assertThat(errorCode(http.cancelOrder(resellerToken, id, order.getString("id")), 403)).isEqualTo(900150);
        assertThat(errorCode(http.setSubscriptionStatus(resellerToken, id, subscriptionId, "suspended"), 403)).isEqualTo(900150);
        assertThat(errorCode(http.as(resellerToken).delete("/v1/customers/" + id), 403)).isEqualTo(900150);
        assertThat(http.as(providerToken).get("/v1/customers/" + id + "/subscriptions").jsonPath().getList("items.status"))
                .containsExactly("active");
        assertThat(http.state().getList("orders.customerId")).containsOnlyOnce(id);
    }

    @Test
    void the_reseller_reads_its_customers_orders_and_subscriptions() {
        String id = http.customer(providerToken, customerBodyFor("Readable", resellerId));
        http.order(providerToken, id, orderBody(reseller.getString("mpnId"), SEATS));
        assertThat(http.as(resellerToken).get("/v1/customers/" + id + "/orders").then().statusCode(200).extract()
                .jsonPath().getList("items")).hasSize(1);
        assertThat(http.as(resellerToken).get("/v1/customers/" + id + "/subscriptions").then().statusCode(200).extract()
                .jsonPath().getList("items.partnerId")).containsExactly(reseller.getString("mpnId"));
    }

    @Test
    void after_the_customer_is_deleted_the_reseller_no_longer_sees_it() {
        String id = http.customer(providerToken, customerBodyFor("Going away", resellerId));
        http.as(providerToken).delete("/v1/customers/" + id).then().statusCode(204);
        assertThat(http.as(resellerToken).get("/v1/customers").jsonPath().getList("items")).isEmpty();
        assertThat(errorCode(http.as(resellerToken).get("/v1/customers/" + id), 404)).isEqualTo(60003);
    }
}
