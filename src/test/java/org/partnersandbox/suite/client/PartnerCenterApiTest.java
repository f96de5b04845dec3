package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
    private final CallLog calls = new CallLog();
    private HttpServer server;
    private volatile boolean echo = true;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders());
            if (echo) {
                for (String id : List.of(RequestIds.REQUEST_ID, RequestIds.CORRELATION_ID)) {
                    String sent = exchange.getRequestHeaders().getFirst(id);
                    exchange.getResponseHeaders().add(id, sent != null ? sent : UUID.randomUUID().toString());
                }
            }
            byte[] body = "{\"totalCount\":0,\"items\":[]}".getBytes(StandardCharsets.UTF_8);
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
        assertThat(received.get(0).getFirst(RequestIds.REQUEST_ID))
                .isNotEqualTo(received.get(1).getFirst(RequestIds.REQUEST_ID));
        assertThat(UUID.fromString(received.get(0).getFirst(RequestIds.CORRELATION_ID))).isNotNull();
        assertThat(calls.calls()).containsExactly(first.call(), second.call());
        assertThat(first.call().path()).isEqualTo("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf");
        assertThat(first.call().requestId()).isEqualTo(received.get(0).getFirst(RequestIds.REQUEST_ID));
    }

    @Test
    void an_id_that_is_not_echoed_fails_the_call_with_a_message_naming_x01() {
        echo = false;

        HeaderNotEchoed failure = catchThrowableOfType(HeaderNotEchoed.class,
                () -> api().indirectResellers().relationships());

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("[X-01] GET /v1/relationships")
                .contains("answered 200 with MS-RequestId missing", received.get(0).getFirst(RequestIds.REQUEST_ID));
        assertThat(calls.calls()).as("the call is recorded all the same").hasSize(1);
    }

    @Test
    void a_header_left_out_on_purpose_is_not_sent_and_not_checked() {
        ApiResponse response = api().indirectResellers()
                .delete("6f94b119-793c-44c7-862b-c327c9057eab", RequestIds.fresh().withoutRequestId());

        assertThat(received.get(0).containsKey(RequestIds.REQUEST_ID)).isFalse();
        assertThat(received.get(0).getFirst(RequestIds.CORRELATION_ID)).isNotBlank();
        assertThat(response.sent().requestId()).isEmpty();
        assertThat(response.call().requestId()).as("the id the server generated").isNotBlank();
    }

    @Test
    void a_chosen_request_id_is_sent_as_given() {
        api().indirectResellers().create(SandboxResellerRequest.of("6363276", "US", "tipirchosen"),
                RequestIds.withRequestId("11111111-2222-4333-8444-555555555555"));

        assertThat(received.get(0).getFirst(RequestIds.REQUEST_ID)).isEqualTo("11111111-2222-4333-8444-555555555555");
        assertThat(received.get(0).getFirst("Content-Type")).isEqualTo("application/json");
    }
}
