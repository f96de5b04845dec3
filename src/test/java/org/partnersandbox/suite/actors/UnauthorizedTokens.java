package org.partnersandbox.suite.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.UUID;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.SecretMask;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.client.TokenProvider;

/** Tokens the service must not accept (IR-26): forged ones, and genuine ones that have expired. */
final class UnauthorizedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnauthorizedTokens() {
    }

    /** A real token of the account with its signature replaced: everything but the signature is genuine. */
    static TokenProvider forged(TokenProvider genuine) {
        return (account, kind) -> {
            String token = genuine.bearerToken(account, kind).reveal();
            int lastDot = token.lastIndexOf('.');
            String otherSignature = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(UUID.randomUUID().toString().repeat(8).getBytes());
            return Secret.of(token.substring(0, lastDot + 1) + otherSignature);
        };
    }

    /** A token the emulator signs, that expired a minute ago ({@code POST /_emulator/tokens}, docs/emulator.md). */
    static TokenProvider expiredFromEmulator(ScenarioHttp http) {
        return (account, kind) -> {
            Response response = http.request()
                    .contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .body(JSON.createObjectNode().put("tenantId", account.tenantId())
                            .put("kind", kind == TokenKind.APP_ONLY ? "app" : "user")
                            .put("expiresInSeconds", -60).toString())
                    .post("/_emulator/tokens");
            String token = response.jsonPath().getString("access_token");
            if (response.statusCode() != 201 || token == null || token.isBlank()) {
                throw new IllegalStateException("the emulator did not mint an expired token: POST /_emulator/tokens answered "
                        + response.statusCode() + " " + SecretMask.body(response.asString()));
            }
            return Secret.of(token);
        };
    }
}
