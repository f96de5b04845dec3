package org.partnersandbox.suite.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnersandbox.suite.client.EmulatorAdmin;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.SecretMask;
import org.partnersandbox.suite.client.Transcript;

/** Fresh accounts from the emulator's admin API: {@code POST /_emulator/accounts {"role": ..., "userSignsInWithMfa": ...}}. */
public final class EmulatorAccounts implements AccountSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorAdmin admin;
    private final Transcript transcript;

    /** {@code transcript}: the scenario's, which the provisioning calls go into, masked. */
    public EmulatorAccounts(EmulatorAdmin admin, Transcript transcript) {
        this.admin = admin;
        this.transcript = transcript;
    }

    @Override
    public PartnerAccount provide(PartnerRole role) {
        return provision(role, true);
    }

    @Override
    public PartnerAccount provideSignedInWithoutMfa(PartnerRole role) {
        return provision(role, false);
    }

    private PartnerAccount provision(PartnerRole role, boolean multifactor) {
        EmulatorAdmin.Answer response = admin.post("/_emulator/accounts",
                JSON.createObjectNode().put("role", role.key()).put("userSignsInWithMfa", multifactor).toString(), transcript);
        if (response.status() != 201) {
            throw new IllegalStateException("the emulator did not provision a " + role.description()
                    + ": POST /_emulator/accounts answered " + response.status() + " "
                    + SecretMask.body(response.body()));
        }
        try {
            JsonNode account = JSON.readTree(response.body());
            return PartnerAccount.fromJson(account);
        } catch (Exception e) {
            throw new IllegalStateException("the emulator's account JSON for a " + role.description()
                    + " cannot be read: " + SecretMask.body(response.body()), e);
        }
    }
}
