package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of {@link IndirectResellerService}'s checks: who may call (IP-08/IR-26, then IR-14/IR-27)
 * before anything about the request, then the sandbox's rules; and what a delete tells the memory of
 * create answers.
 */
class IndirectResellerServiceTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final IndirectResellerService resellers = new IndirectResellerService(sandbox);
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
    private final PartnerAccount direct = sandbox.partners().provision(PartnerRole.DIRECT_BILL_PARTNER);
    private final AtomicInteger requestsRead = new AtomicInteger();

    @Test
    void a_caller_who_is_not_a_sandbox_indirect_provider_hears_6002_before_app_only_and_before_its_request_is_read() {
        refused(() -> resellers.create(new Caller(direct, true, null), badRequest(), AtMostOnce.always()), 401, 6002);
        refused(() -> resellers.delete(new Caller(direct, true, null), badId()), 401, 6002);

        assertThat(requestsRead).hasValue(0);
    }

    @Test
    void an_app_only_provider_hears_900329_before_its_request_is_read() {
        refused(() -> resellers.create(new Caller(provider, true, null), badRequest(), AtMostOnce.always()), 403, 900329);
        refused(() -> resellers.delete(new Caller(provider, true, null), badId()), 403, 900329);

        assertThat(requestsRead).hasValue(0);
    }

    @Test
    void an_admitted_caller_hears_about_its_request_then_the_sandboxs_rules() {
        Caller caller = new Caller(provider, false, null);
        refused(() -> resellers.create(caller, badRequest(), AtMostOnce.always()), 400, 800002);
        refused(() -> resellers.create(caller, () -> new NewIndirectReseller("no-such-partner-id", profile("x")),
                AtMostOnce.always()), 400, 800016);
        refused(() -> resellers.delete(caller, () -> "00000000-0000-0000-0000-000000000001"), 404, 60003);
    }

    @Test
    void a_delete_tells_the_memory_of_answers_once_and_a_repeated_one_answers_as_the_first_without_telling_again() {
        AtomicInteger told = new AtomicInteger();
        sandbox.afterEveryDelete(told::incrementAndGet);
        Caller caller = new Caller(provider, false, null);
        String partnerId = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER).partnerId();
        IndirectReseller reseller = resellers.create(caller, () -> new NewIndirectReseller(partnerId, profile("fabrikam")),
                AtMostOnce.always());

        resellers.delete(caller, reseller::accountId);
        resellers.delete(caller, reseller::accountId);

        assertThat(told).hasValue(1);
        assertThat(resellers.exists(reseller.accountId())).isFalse();
    }

    private Supplier<NewIndirectReseller> badRequest() {
        return () -> {
            requestsRead.incrementAndGet();
            throw Refusal.badInput("unreadable");
        };
    }

    private Supplier<String> badId() {
        return () -> {
            requestsRead.incrementAndGet();
            throw Refusal.badInput("unreadable");
        };
    }

    private static SandboxResellerProfile profile(String domainPrefix) {
        return new SandboxResellerProfile(domainPrefix, "Fabrikam", "Fabrikam", "admin", "Ada", "Lovelace",
                "ada@example.com", "US", "en-US", "Fabrikam", "en");
    }
}
