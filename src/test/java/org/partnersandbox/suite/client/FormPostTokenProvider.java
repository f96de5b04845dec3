package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnersandbox.suite.config.Urls;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Tokens from an Azure AD v1-style endpoint, {@code POST {authority}/{tenant}/oauth2/token} with a
 * form: {@code client_credentials} for App-only, the {@code password} grant for App+User. This is
 * what the emulator serves. A token is reused per account and kind until shortly before it expires.
 *
 * <p>Sent with the JDK's HTTP client ({@link SetUpHttp}), not rest-assured: this is sign-in, not a
 * Partner Center call under test (the live target signs in with msal4j), and one client keeps its
 * connections alive, where rest-assured made a new client, connection and Groovy dispatch for each of
 * a run's ~130 token requests (0.7 s of CPU in the suite's profile, issue 14).
 */
public final class FormPostTokenProvider implements TokenProvider {

    /** Renew this long before expiry, so that a token never expires on the way. */
    static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private record CacheKey(String tenantId, String clientId, String userName, TokenKind kind) {
    }

    private record CachedToken(Secret token, Instant renewAt) {
    }

    private final String authority;
    private final String resource;
    private final Clock clock;
    private final SetUpHttp http;
    private final Map<CacheKey, CachedToken> cache = new ConcurrentHashMap<>();

    public FormPostTokenProvider(String authority, String resource) {
        this(authority, resource, HttpSettings.defaults(), Clock.systemUTC());
    }

    /** With the run's connect and read timeouts: a token endpoint that hangs must not hang the run. */
    public FormPostTokenProvider(String authority, String resource, HttpSettings settings) {
        this(authority, resource, settings, Clock.systemUTC());
    }

    FormPostTokenProvider(String authority, String resource, Clock clock) {
        this(authority, resource, HttpSettings.defaults(), clock);
    }

    FormPostTokenProvider(String authority, String resource, HttpSettings settings, Clock clock) {
        this.authority = Urls.withoutTrailingSlashes(authority);
        this.resource = resource;
        this.clock = clock;
        this.http = new SetUpHttp(settings);
    }

    @Override
    public Secret bearerToken(PartnerAccount account, TokenKind kind) {
        CacheKey key = new CacheKey(account.tenantId(), account.clientId(),
                kind == TokenKind.APP_USER ? account.userName() : null, kind);
        return cache.compute(key, (k, cached) ->
                cached != null && clock.instant().isBefore(cached.renewAt()) ? cached : request(account, kind)).token();
    }

    private CachedToken request(PartnerAccount account, TokenKind kind) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", account.clientId());
        form.put("resource", resource);
        if (kind == TokenKind.APP_ONLY) {
            form.put("grant_type", "client_credentials");
            form.put("client_secret", account.clientSecret().reveal());
        } else {
            form.put("grant_type", "password");
            form.put("username", account.userName());
            form.put("password", account.password().reveal());
        }
        Instant askedAt = clock.instant();
        HttpResponse<String> response = post(account, kind, form);
        JsonNode answer = parse(response.body());
        String token = answer.path("access_token").asText("");
        if (response.statusCode() != 200 || token.isEmpty()) {
            throw new TokenRequestRefused(kind + " token for " + account.describe() + " refused by " + authority
                    + ": " + response.statusCode() + " " + SecretMask.body(response.body()));
        }
        long lifetime = parseSeconds(answer.path("expires_in").asText("0"));
        Duration margin = Duration.ofSeconds(Math.min(RENEWAL_MARGIN.toSeconds(), lifetime / 2));
        return new CachedToken(Secret.of(token), askedAt.plusSeconds(lifetime).minus(margin));
    }

    private HttpResponse<String> post(PartnerAccount account, TokenKind kind, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(authority + "/"
                        + URLEncoder.encode(account.tenantId(), StandardCharsets.UTF_8).replace("+", "%20") + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        try {
            return http.send(request);
        } catch (IOException unreachable) {
            // the exception's message names the address at most, never the form
            throw new TokenRequestRefused(kind + " token for " + account.describe() + ": no answer from " + authority
                    + " (" + unreachable.getClass().getSimpleName() + ": " + SecretMask.text(String.valueOf(unreachable.getMessage())) + ")");
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** {@code expires_in} is a string in Azure AD v1 answers ("3599"); a number is taken too. */
    private static long parseSeconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
