package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's own duties, against a bare JDK HTTP server that can misbehave as the emulator never
 * does: ids sent on every call, calls recorded, and a clear failure when an id is not echoed.
 */
class PartnerCenterApiTest {

    private static final PartnerAccount PROVIDER = new PartnerAccount(PartnerRole.INDIRECT_PROVIDER, true,
            "0e195b37-4574-4539-bc42-0e539b9684c0", "Contoso", "6363276", "US",
            "client", Secret.of("secret"), "admin@contoso.onmicrosoft.com", Secret.of("password"));

    private final List<Headers> received = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final CallLog calls = new CallLog();
    private HttpServer server;
    private volatile boolean echo = true;
    /** When set, the first listing answers with a next link that carries a filter and a continuation token. */
    private volatile boolean nextLinks;
    /** When set, every call is answered with this JSON. */
    private volatile String answer;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders());
            requestLines.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            if (echo) {
                for (String id : List.of(CallIds.REQUEST_ID, CallIds.CORRELATION_ID)) {
                    String sent = exchange.getRequestHeaders().getFirst(id);
                    exchange.getResponseHeaders().add(id, sent != null ? sent : UUID.randomUUID().toString());
                }
            }
            String json = answer != null ? answer : nextLinks && exchange.getRequestURI().getRawQuery() != null
                    && !exchange.getRequestURI().getRawQuery().contains("seekOperation")
                    ? "{\"totalCount\":1,\"items\":[{}],\"links\":{\"next\":{\"uri\":"
                            + "\"/customers?size=10&filter=%7B%22a%22%3A1%7D&seekOperation=Next\",\"method\":\"GET\","
                            + "\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"token-1\"}]}}}"
                    : "{\"totalCount\":0,\"items\":[]}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private PartnerCenterApi api() {
        ScenarioHttp http = new ScenarioHttp("http://127.0.0.1:" + server.getAddress().getPort(), new Transcript());
        return new PartnerCenterApi(http, (account, kind) -> Secret.of("token-for-" + kind.name()), PROVIDER,
                TokenKind.APP_USER, calls);
    }

    @Test
    void every_call_sends_a_bearer_token_and_fresh_ids_and_is_recorded() {
        ApiResponse first = api().indirectResellers().relationships();
        ApiResponse second = api().indirectResellers().relationships();

        assertThat(received).hasSize(2);
        assertThat(received.get(0).getFirst("Authorization")).isEqualTo("Bearer token-for-APP_USER");
        assertThat(received.get(0).getFirst(CallIds.REQUEST_ID))
                .isNotEqualTo(received.get(1).getFirst(CallIds.REQUEST_ID));
        assertThat(UUID.fromString(received.get(0).getFirst(CallIds.CORRELATION_ID))).isNotNull();
        assertThat(calls.calls()).containsExactly(first.call(), second.call());
        assertThat(first.call().path()).isEqualTo("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf");
        assertThat(first.call().requestId()).isEqualTo(received.get(0).getFirst(CallIds.REQUEST_ID));
    }

    @Test
    void the_recorded_answer_keeps_its_json_with_secrets_masked_by_name_and_by_pattern() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJl";
        answer = "{\"tenant\": {\"password\": \"canary-password\"}, \"note\": \"" + jwt + "\", \"totalCount\": 0}";

        api().indirectResellers().relationships();

        String body = calls.calls().get(0).body().toString();
        assertThat(body).contains("\"password\":\"***\"", "\"totalCount\":0").doesNotContain("canary", jwt);
        assertThat(new String(calls.toJson(), StandardCharsets.UTF_8)).as("what the report's attachment carries")
                .contains("\"body\":{").doesNotContain("canary", jwt);
    }

    @Test
    void an_id_that_is_not_echoed_fails_the_call_with_a_message_naming_x01() {
        echo = false;

        HeaderNotEchoed failure = catchThrowableOfType(HeaderNotEchoed.class,
                () -> api().indirectResellers().relationships());

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("[X-01] GET /v1/relationships")
                .contains("answered 200 with MS-RequestId missing", received.get(0).getFirst(CallIds.REQUEST_ID));
        assertThat(calls.calls()).as("the call is recorded all the same").hasSize(1);
    }

    @Test
    void a_header_left_out_on_purpose_is_not_sent_and_not_checked() {
        ApiResponse response = api().indirectResellers()
                .delete("6f94b119-793c-44c7-862b-c327c9057eab", CallIds.fresh().withoutRequestId());

        assertThat(received.get(0).containsKey(CallIds.REQUEST_ID)).isFalse();
        assertThat(received.get(0).getFirst(CallIds.CORRELATION_ID)).isNotBlank();
        assertThat(response.sent().requestId()).isEmpty();
        assertThat(response.call().requestId()).as("the id the server generated").isNotBlank();
    }

    @Test
    void a_chosen_request_id_is_sent_as_given() {
        api().indirectResellers().create(SandboxResellerRequest.of("6363276", "US", "tipirchosen"),
                CallIds.withRequestId("11111111-2222-4333-8444-555555555555"));

        assertThat(received.get(0).getFirst(CallIds.REQUEST_ID)).isEqualTo("11111111-2222-4333-8444-555555555555");
        assertThat(received.get(0).getFirst("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void the_printed_double_slash_path_reaches_the_server_as_printed() {
        api().indirectResellers().deleteAtPrintedPath("6f94b119-793c-44c7-862b-c327c9057eab");

        assertThat(requestLines).containsExactly("DELETE /v1//sandboxIndirectReseller/6f94b119-793c-44c7-862b-c327c9057eab");
        assertThat(calls.calls().get(0).path()).isEqualTo("/v1//sandboxIndirectReseller/6f94b119-793c-44c7-862b-c327c9057eab");
    }

    @Test
    void a_next_link_is_followed_with_its_query_and_its_continuation_token() {
        nextLinks = true;

        Pages pages = api().customers().listAll(10);

        assertThat(pages.count()).isEqualTo(2);
        assertThat(requestLines).containsExactly("GET /v1/customers?size=10",
                "GET /v1/customers?size=10&filter=%7B%22a%22%3A1%7D&seekOperation=Next");
        assertThat(received.get(1).getFirst("MS-ContinuationToken")).isEqualTo("token-1");
    }

    @Test
    void the_kind_of_token_of_each_call_is_remembered_but_not_written_for_the_report() {
        PartnerCenterApi api = apiWithTokens((account, kind) -> jwt(kind == TokenKind.APP_USER ? "admin@contoso.example" : null));
        api.customers().list(0);
        api.with(TokenKind.APP_ONLY).customers().list(0);

        assertThat(calls.callsWith(TokenKind.APP_USER)).hasSize(1);
        assertThat(calls.callsWith(TokenKind.APP_ONLY)).hasSize(1);
        assertThat(new String(calls.toJson())).doesNotContain("APP_");
    }

    @Test
    void the_kind_of_token_remembered_is_what_its_claims_say_not_what_was_asked_for() {
        PartnerCenterApi api = apiWithTokens((account, kind) -> jwt(null));
        api.customers().list(0);

        assertThat(calls.callsWith(TokenKind.APP_USER)).as("asked for App+User, got an App-only token").isEmpty();
        assertThat(calls.callsWith(TokenKind.APP_ONLY)).hasSize(1);
    }

    @Test
    void a_token_that_is_no_jwt_is_remembered_as_neither_kind() {
        api().customers().list(0);

        assertThat(calls.calls()).hasSize(1);
        assertThat(calls.callsWith(TokenKind.APP_USER)).isEmpty();
        assertThat(calls.callsWith(TokenKind.APP_ONLY)).isEmpty();
    }

    private PartnerCenterApi apiWithTokens(TokenProvider tokens) {
        ScenarioHttp http = new ScenarioHttp("http://127.0.0.1:" + server.getAddress().getPort(), new Transcript());
        return new PartnerCenterApi(http, tokens, PROVIDER, TokenKind.APP_USER, calls);
    }

    /** An unsigned JWT with tid and appid, and upn when {@code user} is given. */
    private static Secret jwt(String user) {
        String payload = "{\"tid\":\"t\",\"appid\":\"a\"" + (user == null ? "" : ",\"upn\":\"" + user + "\"") + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return Secret.of(base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".");
    }
}
