package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What an Azure AD access token says about itself: the tenant it was issued in, the app, and the
 * signed-in user when there is one (App+User). Read from the JWT payload without verifying the
 * signature (the service does that); the token itself is never kept or printed.
 */
public record TokenClaims(String tenantId, String appId, Optional<String> user, java.util.List<String> authenticationMethods) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TokenClaims of(Secret token) {
        String[] parts = token.reveal().split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("the access token is not a JWT (value masked)");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the access token's payload cannot be read (value masked)");
        }
        // v1 tokens name the user in upn (work accounts) or unique_name; app-only tokens have neither
        String user = payload.path("upn").asText(payload.path("unique_name").asText(""));
        java.util.List<String> amr = new java.util.ArrayList<>();
        payload.path("amr").forEach(method -> amr.add(method.asText()));
        return new TokenClaims(payload.path("tid").asText(""), payload.path("appid").asText(payload.path("azp").asText("")),
                user.isBlank() ? Optional.empty() : Optional.of(user), java.util.List.copyOf(amr));
    }

    /** The user's sign-in had a second factor: Azure AD lists {@code mfa} among the {@code amr} methods. */
    public boolean multifactor() {
        return authenticationMethods.contains("mfa");
    }

    /** The kind of token these claims describe: a user means App+User. */
    public TokenKind kind() {
        return user.isPresent() ? TokenKind.APP_USER : TokenKind.APP_ONLY;
    }
}
