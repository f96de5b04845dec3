package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.partnersandbox.emulator.domain.DomainAssertions.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which {@link CustomerService}'s operations check their rules, which decides the error of a
 * request that breaks two, and what a delete tells the memory of create answers.
 */
class CustomerServiceTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final CustomerService customers = new CustomerService(sandbox);
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);

    @Test
    void an_app_only_create_for_a_reseller_is_refused_as_app_only_before_the_reseller_is_checked() {
        refused(() -> customers.create(new Caller(provider, true, null), profile("a.onmicrosoft.com"),
                "not-a-reseller", AtMostOnce.always()), 403, 900329);
        refused(() -> customers.create(new Caller(provider, false, null), profile("a.onmicrosoft.com"),
                "not-a-reseller", AtMostOnce.always()), 400, 800016);
    }

    @Test
    void an_indirect_resellers_app_only_create_for_a_reseller_hears_app_only_first_then_that_resellers_cannot_add() {
        PartnerAccount reseller = sandbox.partners().find(resellerOf(provider).accountId()).orElseThrow();

        refused(() -> customers.create(new Caller(reseller, true, null), profile("b.onmicrosoft.com"),
                reseller.tenantId(), AtMostOnce.always()), 403, 900329);
        refused(() -> customers.create(new Caller(reseller, false, null), profile("b.onmicrosoft.com"),
                reseller.tenantId(), AtMostOnce.always()), 403, 900150);
    }

    @Test
    void a_create_runs_at_most_once_under_the_callers_lock_and_answers_what_once_answers() {
        Caller caller = new Caller(provider, true, null);
        String answer = customers.create(caller, profile("c.onmicrosoft.com"), null, create -> "made " + create.get().profile().domain());

        assertThat(answer).isEqualTo("made c.onmicrosoft.com");
        String replayed = customers.create(caller, profile("c.onmicrosoft.com"), null, create -> "replayed");
        assertThat(replayed).as("a remembered answer creates nothing (no 409 1003 for the domain)").isEqualTo("replayed");
    }

    @Test
    void a_delete_tells_the_memory_of_answers_once_it_is_done_and_a_refused_one_does_not() {
        AtomicInteger told = new AtomicInteger();
        sandbox.afterEveryDelete(told::incrementAndGet);
        Caller caller = new Caller(provider, true, null);
        Customer customer = customers.create(caller, profile("d.onmicrosoft.com"), null, AtMostOnce.always());

        refused(() -> customers.delete(new Caller(sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER), false, null),
                customer.id()), 403, 20002);
        assertThat(told).hasValue(0);

        customers.delete(caller, customer.id());
        assertThat(told).hasValue(1);
        assertThat(customers.exists(customer.id())).isFalse();
    }

    private IndirectReseller resellerOf(PartnerAccount owner) {
        String partnerId = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER).partnerId();
        return sandbox.resellers().create(owner, partnerId, new SandboxResellerProfile("fabrikam" + partnerId,
                "Fabrikam", "Fabrikam", "admin", "Ada", "Lovelace", "ada@example.com", "US", "en-US", "Fabrikam", "en"));
    }
}
