package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Partner Center, as one partner account sees it with one kind of token. Resource clients
 * ({@link #indirectResellers()}, ...) speak the domain; this class makes every call the same way:
 * bearer token, fresh {@code MS-RequestId}/{@code MS-CorrelationId}, a {@link CallRecord} in the
 * scenario's log, and the echo check of capability X-01. It does not judge answers: steps do.
 */
public final class PartnerCenterApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioHttp http;
    private final TokenProvider tokens;
    private final PartnerAccount account;
    private final TokenKind kind;
    private final CallLog calls;
    private final CallWatch watch;

    public PartnerCenterApi(ScenarioHttp http, TokenProvider tokens, PartnerAccount account, TokenKind kind, CallLog calls) {
        this(http, tokens, account, kind, calls, CallWatch.NONE);
    }

    /** {@code watch}: the live target's guard and durable ledger (live/LiveCallWatch). */
    public PartnerCenterApi(ScenarioHttp http, TokenProvider tokens, PartnerAccount account, TokenKind kind, CallLog calls,
                            CallWatch watch) {
        this.http = http;
        this.tokens = tokens;
        this.account = account;
        this.kind = kind;
        this.calls = calls;
        this.watch = watch;
    }

    public PartnerAccount account() {
        return account;
    }

    public TokenKind tokenKind() {
        return kind;
    }

    /** The same account with another kind of token (App-only refusals). */
    public PartnerCenterApi with(TokenKind otherKind) {
        return new PartnerCenterApi(http, tokens, account, otherKind, calls, watch);
    }

    public IndirectResellers indirectResellers() {
        return new IndirectResellers(this);
    }

    public Customers customers() {
        return new Customers(this);
    }

    public Orders orders() {
        return new Orders(this);
    }

    public Subscriptions subscriptions() {
        return new Subscriptions(this);
    }

    /** The same account, with bearer tokens from {@code otherTokens} (forged or expired ones, IR-26). */
    public PartnerCenterApi withTokens(TokenProvider otherTokens) {
        return new PartnerCenterApi(http, otherTokens, account, kind, calls, watch);
    }

    /** What the token this client sends says about itself; the token itself is never exposed. */
    public TokenClaims tokenClaims() {
        return TokenClaims.of(tokens.bearerToken(account, kind));
    }

    /** The kind of token its claims say it is, not the kind asked for; null when it is no readable JWT (a forged one). */
    private static TokenKind claimedKind(Secret token) {
        try {
            return TokenClaims.of(token).kind();
        } catch (IllegalArgumentException notAJwt) {
            return null;
        }
    }

    ApiResponse send(String method, String path, Map<String, String> query, JsonNode body, CallIds ids) {
        return send(Call.of(method, path).query(query).body(body).ids(ids));
    }

    ApiResponse send(Call call) {
        CallIds ids = call.ids();
        CallWatch.Sending sending = watch.sending(account, call.method(), call.path(), call.body(), ids.requestId().orElse(null));
        // 429/503 are sent again as they were (same MS-RequestId), with a token that is still valid
        AtomicReference<Secret> sentToken = new AtomicReference<>();
        Response response = http.send(call.method() + " " + call.path(), () -> {
            CallPace.shared().awaitTurn(account.tenantId());
            sentToken.set(tokens.bearerToken(account, kind));
            RequestSpecification request = (call.isPathAsGiven() ? http.requestWithPathAsGiven() : http.request())
                    .header("Authorization", "Bearer " + sentToken.get().reveal())
                    .header("Accept", "application/json");
            ids.requestId().ifPresent(id -> request.header(CallIds.REQUEST_ID, id));
            ids.correlationId().ifPresent(id -> request.header(CallIds.CORRELATION_ID, id));
            call.headers().forEach(request::header);
            call.query().forEach(request::queryParam);
            if (call.body() != null) {
                request.contentType(ContentType.JSON).body(write(call.body()));
            }
            sending.sent();
            return request.request(call.method(), call.path());
        });
        sending.answered(response.statusCode(), response.asString());
        // masked once: for the parity snapshot and for every description that shows the answer
        String masked = SecretMask.body(response.asString());
        CallRecord record = new CallRecord(call.method(), call.path() + queryString(call.query()), response.statusCode(),
                echoedOrSent(response, CallIds.REQUEST_ID, ids.requestId().orElse(null)),
                echoedOrSent(response, CallIds.CORRELATION_ID, ids.correlationId().orElse(null)),
                errorCode(response), maskedJson(masked));
        calls.add(record, claimedKind(sentToken.get()));
        ApiResponse answer = new ApiResponse(record, ids, response, masked);
        if (ThrottleRetry.isRetriable(response)) {
            // still throttled or busy once the retries are spent: fail here, saying so
            throw RetryBudgetSpent.after(answer, http.maxRetries());
        }
        checkEchoed(answer, CallIds.REQUEST_ID, ids.requestId().orElse(null));
        checkEchoed(answer, CallIds.CORRELATION_ID, ids.correlationId().orElse(null));
        return answer;
    }

    /** The Partner Center error code of a refusal, for the report's cross-check of documented errors (IR-28). */
    private static Integer errorCode(Response response) {
        if (response.statusCode() < 400) {
            return null;
        }
        try {
            JsonNode code = JSON.readTree(response.asString()).path("code");
            return code.canConvertToInt() ? code.intValue() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /**
     * The answer's JSON with its secrets masked (by name and by pattern, a bare JWT under any name, as
     * the transcript masks it), for the parity snapshots; null when it is empty or not JSON.
     */
    private static JsonNode maskedJson(String masked) {
        if (masked == null || masked.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(masked);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** what was sent comes back. When a header was left out on purpose there is nothing to compare. */
    private static void checkEchoed(ApiResponse answer, String header, String sent) {
        if (sent == null) {
            return;
        }
        String echoed = answer.header(header).orElse(null);
        if (!sent.equals(echoed)) {
            throw new HeaderNotEchoed("[X-01] " + answer.call().method() + " " + answer.call().path()
                    + " answered " + answer.status() + " with " + header + " "
                    + (echoed == null ? "missing" : "'" + echoed + "'") + "; the request sent '" + sent + "'");
        }
    }

    private static String echoedOrSent(Response response, String header, String sent) {
        String echoed = response.getHeader(header);
        return echoed != null ? echoed : sent;
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON", e);
        }
    }
}
