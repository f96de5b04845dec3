package org.partnersandbox.suite.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.verdicts.Eventually;

/**
 * What the partners had just before an attempt that should change nothing: the one place a "tries
 * to …" step records, and a later "still …" or "as before" step compares with. Comparing with a
 * read taken before, not with what the scenario believes it created, keeps those verdicts honest.
 */
public final class BeforeTheAttempt {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final Listings listings;
    private Resellers resellers;
    private List<String> readableCustomers;
    private Customers customers;

    /** The indirect resellers {@code partner} had. */
    public record Resellers(Actor partner, List<String> ids) {
    }

    /** The customers each of {@code partners} had, in the same order. */
    public record Customers(List<PartnerCenterApi> partners, List<List<String>> customerIds) {
    }

    public BeforeTheAttempt(ScenarioContext context, CreatedResources created, Listings listings) {
        this.context = context;
        this.created = created;
        this.listings = listings;
    }

    /**
     * The resellers {@code partner} has now, read once the resellers this scenario created are listed
     * (a lagging listing would otherwise leave them out).
     */
    public void rememberTheResellersOf(Actor partner) {
        List<String> own = context.liveResellers().stream().map(IndirectReseller::accountId).toList();
        Eventually.holds(() -> {
            ApiResponse response = listings.resellersOf(partner);
            List<String> ids = Listings.resellerIdsIn(response);
            assertThat(ids).as(context.about(response) + "the resellers this scenario created are listed").containsAll(own);
            resellers = new Resellers(partner, ids);
        });
    }

    /** The resellers remembered before the attempt; fails when none were. */
    public Resellers resellers() {
        assertThat(resellers).as(context.about("the resellers were listed before the attempt")).isNotNull();
        return resellers;
    }

    /** Reads every customer the scenario created, each as its owner: all must be there. */
    public void readTheCustomers() {
        List<Customer> all = created.customers();
        for (Customer customer : all) {
            ApiResponse response = created.ownerOf(customer).customers().get(customer.id());
            assertThat(response.status()).as(context.about(response) + customer.describe()
                    + " can be read before the attempt").isEqualTo(200);
        }
        readableCustomers = all.stream().map(Customer::id).toList();
    }

    /** The customer was read before the attempt; fails when no read was taken. */
    public void requireReadBefore(Customer customer) {
        assertThat(readableCustomers).as(context.about("the customers were read before the attempt")).isNotNull();
        assertThat(readableCustomers).as(context.about(customer.describe() + " was read before the attempt"))
                .contains(customer.id());
    }

    /** Before an attempt that should add no customer: the customers each of {@code partners} has now. */
    public void rememberTheCustomersOf(List<PartnerCenterApi> partners) {
        customers = new Customers(partners, partners.stream().map(listings::allCustomerIdsOf).toList());
    }

    /** The customers remembered before the attempt; fails when none were. */
    public Customers customers() {
        assertThat(customers).as(context.about("the customers were listed before the attempt")).isNotNull();
        return customers;
    }
}
