package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one {@link SandboxRules} a {@link Sandbox} owns. */
class SandboxTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());

    @Test
    void the_sandbox_has_one_rules_instance() {
        assertThat(sandbox.rules()).isSameAs(sandbox.rules());
    }

    @Test
    void its_rules_see_partner_ids_provisioned_after_they_were_made_and_forget_them_on_reset() {
        SandboxRules rules = sandbox.rules();
        String sandboxId = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER).partnerId();
        String productionId = sandbox.partners().provision(PartnerRole.PRODUCTION_ACCOUNT).partnerId();

        assertThatCode(() -> rules.requireSandboxPartnerIdFor(sandboxId, "US")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.requireSandboxPartnerIdFor(productionId, "US"))
                .hasMessageContaining("is a production PartnerID");

        sandbox.reset();
        assertThatThrownBy(() -> rules.requireSandboxPartnerIdFor(sandboxId, "US"))
                .hasMessageContaining("isn't a valid sandbox Indirect Reseller PartnerID");
    }
}
