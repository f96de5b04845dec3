package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.partnersandbox.emulator.domain.DomainAssertions.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The rules {@link CustomerRegistry#create} keeps with its per-partner counts and its domain index
 * (issue 14: no scan of the store): the quota per provider, resellers' customers included; one
 * customer per domain in any case; a deleted customer's slot and domain free again; and both under
 * concurrent creates through {@link Sandbox#atomicallyFor}, as the HTTP layer calls it.
 */
class CustomerRegistryTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final CustomerRegistry customers = sandbox.customers();
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
    private final PartnerAccount other = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);

    @Test
    void the_76th_customer_of_a_provider_is_refused_counting_those_made_for_its_resellers() {
        IndirectReseller reseller = resellerOf(provider);
        for (int i = 0; i < SandboxRules.CUSTOMERS_PER_PROVIDER; i++) {
            customers.create(provider, profile("c" + i + ".onmicrosoft.com"), i % 2 == 0 ? reseller.accountId() : null);
        }

        refused(() -> customers.create(provider, profile("one-more.onmicrosoft.com"), null), 400, 800018);
        refused(() -> customers.create(provider, profile("for-reseller.onmicrosoft.com"), reseller.accountId()), 400, 800018);
        assertThatCode(() -> customers.create(other, profile("one-more.onmicrosoft.com"), null))
                .as("another provider's quota is its own").doesNotThrowAnyException();
    }

    @Test
    void a_domain_is_one_customers_in_any_case_and_across_providers() {
        customers.create(provider, profile("Contoso.onmicrosoft.com"), null);

        refused(() -> customers.create(provider, profile("contoso.ONMICROSOFT.com"), null), 409, 1003);
        refused(() -> customers.create(other, profile("CONTOSO.onmicrosoft.com"), null), 409, 1003);
        assertThat(customers.visibleTo(other, c -> true)).as("a refused create adds nothing").isEmpty();
    }

    @Test
    void deleting_a_customer_frees_its_slot_and_its_domain() {
        List<Customer> made = new ArrayList<>();
        for (int i = 0; i < SandboxRules.CUSTOMERS_PER_PROVIDER; i++) {
            made.add(customers.create(provider, profile("d" + i + ".onmicrosoft.com"), null));
        }
        refused(() -> customers.create(provider, profile("late.onmicrosoft.com"), null), 400, 800018);

        customers.delete(provider, made.get(7).id());

        Customer again = customers.create(provider, profile("D7.onmicrosoft.com"), null);
        assertThat(again.profile().domain()).isEqualTo("D7.onmicrosoft.com");
        refused(() -> customers.create(provider, profile("late.onmicrosoft.com"), null), 400, 800018);
    }

    @Test
    void a_reset_forgets_counts_and_domains() {
        customers.create(provider, profile("kept.onmicrosoft.com"), null);
        sandbox.reset();
        PartnerAccount fresh = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);

        assertThatCode(() -> customers.create(fresh, profile("kept.onmicrosoft.com"), null)).doesNotThrowAnyException();
    }

    /** Repeated: a domain claimed by a create whose customer was not stored yet once let a second create through. */
    @RepeatedTest(25)
    void concurrent_creates_of_one_provider_stop_at_75_and_one_domain_is_taken_once() throws Exception {
        List<Callable<Boolean>> creates = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String domain = "p" + i + ".onmicrosoft.com";
            creates.add(() -> succeeds(() -> sandbox.atomicallyFor(provider.tenantId(),
                    () -> customers.create(provider, profile(domain), null))));
        }
        List<PartnerAccount> providers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PartnerAccount each = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
            providers.add(each);
            creates.add(() -> succeeds(() -> sandbox.atomicallyFor(each.tenantId(),
                    () -> customers.create(each, profile("Same" + ".onmicrosoft.com"), null))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        long succeeded = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(creates)) {
                succeeded += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(customers.visibleTo(provider, c -> true)).hasSize(SandboxRules.CUSTOMERS_PER_PROVIDER);
        assertThat(providers.stream().mapToLong(p -> customers.visibleTo(p, c -> true).size()).sum())
                .as("customers with the domain everyone asked for").isEqualTo(1);
        assertThat(succeeded).isEqualTo(SandboxRules.CUSTOMERS_PER_PROVIDER + 1);
    }

    private IndirectReseller resellerOf(PartnerAccount owner) {
        String partnerId = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER).partnerId();
        return sandbox.resellers().create(owner, partnerId, new SandboxResellerProfile("fabrikam" + partnerId,
                "Fabrikam", "Fabrikam", "admin", "Ada", "Lovelace", "ada@example.com", "US", "en-US", "Fabrikam", "en"));
    }

    private static boolean succeeds(Supplier<Customer> create) {
        try {
            create.get();
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }
}
