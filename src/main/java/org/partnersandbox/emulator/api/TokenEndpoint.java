package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.AccessClaims;
import org.partnersandbox.emulator.auth.InvalidToken;
import org.partnersandbox.emulator.auth.IssuedToken;
import org.partnersandbox.emulator.auth.TokenIssuer;
import org.partnersandbox.emulator.auth.TokenKind;
import org.partnersandbox.emulator.domain.AppRegistration;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.PartnerDirectory;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.RequestBody;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The Azure AD token endpoint, v1 ({@code /{tenant}/oauth2/token}, {@code resource}) and v2
 * ({@code /{tenant}/oauth2/v2.0/token}, {@code scope}, as MSAL calls it). Grants:
 * {@code client_credentials} (App-only), {@code password} and {@code refresh_token} (App+User).
 */
public final class TokenEndpoint {

    static final String PARTNER_CENTER = "https://api.partnercenter.microsoft.com";

    private final TokenIssuer tokens;
    private final PartnerDirectory partners;

    public TokenEndpoint(TokenIssuer tokens, PartnerDirectory partners) {
        this.tokens = tokens;
        this.partners = partners;
    }

    public void tokenV1(Context ctx) {
        token(ctx, false);
    }

    public void tokenV2(Context ctx) {
        token(ctx, true);
    }

    private void token(Context ctx, boolean v2) {
        ctx.header("Cache-Control", "no-store");
        // the header as sent: Jetty's reading of it throws on a charset Java does not know
        String contentType = Objects.requireNonNullElse(ctx.header("Content-Type"), "");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new OAuthError(400, "invalid_request", 900144,
                    "The request body must be application/x-www-form-urlencoded.");
        }
        if (RequestBody.charset(ctx).isEmpty()) {
            throw new OAuthError(400, "invalid_request", 900144, "The request body's charset is not supported; send UTF-8.");
        }
        String tenant = ctx.pathParam("tenant");
        PartnerAccount account = partners.find(tenant).orElseThrow(() -> new OAuthError(400, "invalid_request", 90002,
                "Tenant '" + tenant + "' not found."));
        String grant = required(ctx, "grant_type");
        String clientId = required(ctx, "client_id");
        String resource = v2 ? resourceOfScope(ctx.formParam("scope")) : Optional.ofNullable(ctx.formParam("resource")).orElse(PARTNER_CENTER);
        switch (grant) {
            case "client_credentials" -> {
                AppRegistration app = appOf(account, clientId);
                if (!app.clientSecret().equals(ctx.formParam("client_secret"))) {
                    throw new OAuthError(401, "invalid_client", 7000215, "Invalid client secret provided.");
                }
                answer(ctx, v2, AccessClaims.appOnly(account.tenantId(), clientId), resource, false);
            }
            case "password" -> {
                checkSecretIfGiven(ctx, appOf(account, clientId));
                String user = required(ctx, "username");
                String password = required(ctx, "password");
                if (!account.user().userName().equalsIgnoreCase(user) || !account.user().password().equals(password)) {
                    throw new OAuthError(400, "invalid_grant", 50126,
                            "Error validating credentials due to invalid username or password.");
                }
                answer(ctx, v2, AccessClaims.appUser(account.tenantId(), clientId, account.user()), resource, true);
            }
            case "refresh_token" -> {
                checkSecretIfGiven(ctx, appOf(account, clientId));
                AccessClaims claims;
                try {
                    claims = tokens.verifyRefresh(required(ctx, "refresh_token"));
                } catch (InvalidToken e) {
                    throw new OAuthError(400, "invalid_grant", 70000, "The provided refresh token is invalid: " + e.getMessage() + ".");
                }
                if (!claims.tenantId().equalsIgnoreCase(account.tenantId()) || !claims.appId().equalsIgnoreCase(clientId)) {
                    throw new OAuthError(400, "invalid_grant", 70000, "The refresh token was issued to another tenant or app.");
                }
                answer(ctx, v2, claims, resource, true);
            }
            default -> throw new OAuthError(400, "unsupported_grant_type", 70003,
                    "The grant type '" + grant + "' is not supported.");
        }
    }

    /**
     * The app a client id names in this tenant. An indirect reseller has no app registration of its
     * own; its admin signs in through its provider's app (an emulator choice, see docs/emulator.md).
     */
    private AppRegistration appOf(PartnerAccount account, String clientId) {
        Optional<AppRegistration> app = Optional.ofNullable(account.app());
        if (app.isEmpty() && account.providerTenantId() != null) {
            app = partners.find(account.providerTenantId()).map(PartnerAccount::app);
        }
        return app.filter(a -> a.clientId().equalsIgnoreCase(clientId)).orElseThrow(() -> new OAuthError(401,
                "invalid_client", 700016, "Application with identifier '" + clientId
                + "' was not found in the directory '" + account.tenantId() + "'."));
    }

    private static void checkSecretIfGiven(Context ctx, AppRegistration app) {
        String secret = ctx.formParam("client_secret");
        if (secret != null && !app.clientSecret().equals(secret)) {
            throw new OAuthError(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
    }

    private void answer(Context ctx, boolean v2, AccessClaims claims, String resource, boolean withRefresh) {
        IssuedToken access = tokens.access(claims, resource);
        long expiresIn = access.expiresOn().getEpochSecond() - access.notBefore().getEpochSecond();
        ObjectNode body = Json.object().put("token_type", "Bearer");
        if (v2) {
            body.put("expires_in", expiresIn).put("ext_expires_in", expiresIn);
        } else {
            // the documented v1 answer carries these numbers as strings
            body.put("expires_in", Long.toString(expiresIn)).put("ext_expires_in", Long.toString(expiresIn))
                    .put("expires_on", Long.toString(access.expiresOn().getEpochSecond()))
                    .put("not_before", Long.toString(access.notBefore().getEpochSecond()))
                    .put("resource", resource);
        }
        body.put("access_token", access.value());
        if (withRefresh) {
            body.put("scope", v2 ? resource + "/user_impersonation" : "user_impersonation");
            body.put("refresh_token", tokens.refresh(claims).value());
            String userObjectId = UUID.nameUUIDFromBytes(claims.userName().getBytes(StandardCharsets.UTF_8)).toString();
            if (v2) {
                // what MSAL builds its account from (reference/msal-local.md): id_token claims + client_info
                body.put("id_token", tokens.idToken(claims, userObjectId).value());
                body.put("client_info", base64Url("{\"uid\":\"" + userObjectId + "\",\"utid\":\"" + claims.tenantId() + "\"}"));
            } else if (asksForOpenId(ctx.formParam("scope"))) {
                // the secure app model page's v1 refresh answer (scope=openid) carries an id_token
                body.put("id_token", tokens.idToken(claims, userObjectId).value());
            }
        }
        Json.respond(ctx, 200, body);
    }

    private static boolean asksForOpenId(String scope) {
        return scope != null && java.util.Arrays.asList(scope.trim().split("\\s+")).contains("openid");
    }

    /** {@code https://api.partnercenter.microsoft.com/.default openid ...} → the resource. */
    private static String resourceOfScope(String scope) {
        if (scope == null) {
            return PARTNER_CENTER;
        }
        for (String word : scope.split(" ")) {
            int slash = word.lastIndexOf('/');
            if (word.startsWith("https://") && slash > "https://".length()) {
                return word.substring(0, slash);
            }
        }
        return PARTNER_CENTER;
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new OAuthError(400, "invalid_request", 900144, "The request body must contain the parameter '" + field + "'.");
        }
        return value;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** An Azure AD refusal, rendered as {@code {"error", "error_description", "error_codes", ...}}. */
    public static final class OAuthError extends RuntimeException {
        private final int status;
        private final String error;
        private final int aadsts;

        public OAuthError(int status, String error, int aadsts, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
            this.aadsts = aadsts;
        }

        public static void render(OAuthError e, Context ctx) {
            ObjectNode body = Json.object().put("error", e.error)
                    .put("error_description", "AADSTS" + e.aadsts + ": " + e.getMessage());
            body.putArray("error_codes").add(e.aadsts);
            body.put("timestamp", Instant.now().toString())
                    .put("trace_id", UUID.randomUUID().toString())
                    .put("correlation_id", UUID.randomUUID().toString());
            Json.respond(ctx, e.status, body);
        }
    }
}
