package org.partnersandbox.suite.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.SecretMask;

/** Fresh accounts from the emulator's admin API: {@code POST /_emulator/accounts {"role": ..., "userSignsInWithMfa": ...}}. */
public final class EmulatorAccounts implements AccountSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioHttp http;

    public EmulatorAccounts(ScenarioHttp http) {
        this.http = http;
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
        Response response = http.request()
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(JSON.createObjectNode().put("role", role.key()).put("userSignsInWithMfa", multifactor).toString())
                .post("/_emulator/accounts");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the emulator did not provision a " + role.description()
                    + ": POST /_emulator/accounts answered " + response.statusCode() + " "
                    + SecretMask.body(response.asString()));
        }
        try {
            JsonNode account = JSON.readTree(response.asString());
            return PartnerAccount.fromJson(account);
        } catch (Exception e) {
            throw new IllegalStateException("the emulator's account JSON for a " + role.description()
                    + " cannot be read: " + SecretMask.body(response.asString()), e);
        }
    }
}
