package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The order of {@link RelationshipService}'s checks, which decides the error of a request that breaks two rules. */
class RelationshipServiceTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final RelationshipService relationships = new RelationshipService(sandbox);
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
    private final PartnerAccount production = sandbox.partners().provision(PartnerRole.PRODUCTION_ACCOUNT);
    private final AtomicInteger read = new AtomicInteger();

    @Test
    void an_app_only_caller_hears_900329_before_its_request_is_read() {
        refused(() -> relationships.list(new Caller(provider, true, null), () -> {
            read.incrementAndGet();
            throw Refusal.badInput("unreadable");
        }), 403, 900329);
        refused(() -> relationships.resellerOfCustomer(new Caller(provider, true, null), () -> {
            read.incrementAndGet();
            throw Refusal.badInput("unreadable");
        }), 403, 900329);

        assertThat(read).hasValue(0);
        assertThat(relationships.list(new Caller(provider, false, null), () -> RelationshipType.INDIRECT_CLOUD_SOLUTION_PROVIDER_OF))
                .isEmpty();
    }

    @Test
    void an_invitation_is_refused_to_a_sandbox_account_whatever_its_token_then_to_an_app_only_one() {
        refused(() -> relationships.invitationUrl(new Caller(provider, true, null)), 400, 900127);
        refused(() -> relationships.invitationUrl(new Caller(provider, false, null)), 400, 900127);
        refused(() -> relationships.invitationUrl(new Caller(production, true, null)), 403, 900329);

        assertThat(relationships.invitationUrl(new Caller(production, false, null))).contains("partnerId=" + production.tenantId());
    }
}
