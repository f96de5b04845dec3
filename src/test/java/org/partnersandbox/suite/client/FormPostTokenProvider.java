package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens from an Azure AD v1-style endpoint, {@code POST {authority}/{tenant}/oauth2/token} with a
 * form: {@code client_credentials} for App-only, the {@code password} grant for App+User. This is
 * what the emulator serves. A token is reused per account and kind until shortly before it expires.
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
    private final RestAssuredConfig config;
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
        this.authority = authority;
        this.resource = resource;
        this.clock = clock;
        this.config = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", (int) settings.connectTimeout().toMillis())
                        .setParam("http.socket.timeout", (int) settings.readTimeout().toMillis()));
    }

    @Override
    public Secret bearerToken(PartnerAccount account, TokenKind kind) {
        CacheKey key = new CacheKey(account.tenantId(), account.clientId(),
                kind == TokenKind.APP_USER ? account.userName() : null, kind);
        return cache.compute(key, (k, cached) ->
                cached != null && clock.instant().isBefore(cached.renewAt()) ? cached : request(account, kind)).token();
    }

    private CachedToken request(PartnerAccount account, TokenKind kind) {
        RequestSpecification form = RestAssured.given()
                .config(config)
                .baseUri(authority)
                .contentType(ContentType.URLENC)
                .accept(ContentType.JSON)
                .formParam("client_id", account.clientId())
                .formParam("resource", resource);
        if (kind == TokenKind.APP_ONLY) {
            form.formParam("grant_type", "client_credentials")
                    .formParam("client_secret", account.clientSecret().reveal());
        } else {
            form.formParam("grant_type", "password")
                    .formParam("username", account.userName())
                    .formParam("password", account.password().reveal());
        }
        Instant askedAt = clock.instant();
        Response response = form.post("/{tenant}/oauth2/token", account.tenantId());
        JsonNode answer = parse(response.asString());
        String token = answer.path("access_token").asText("");
        if (response.statusCode() != 200 || token.isEmpty()) {
            throw new TokenRequestRefused(kind + " token for " + account.describe() + " refused by " + authority
                    + ": " + response.statusCode() + " " + SecretMask.body(response.asString()));
        }
        long lifetime = parseSeconds(answer.path("expires_in").asText("0"));
        Duration margin = Duration.ofSeconds(Math.min(RENEWAL_MARGIN.toSeconds(), lifetime / 2));
        return new CachedToken(Secret.of(token), askedAt.plusSeconds(lifetime).minus(margin));
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
