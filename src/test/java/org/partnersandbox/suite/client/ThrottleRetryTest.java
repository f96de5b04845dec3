package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's retry policy against a local server that answers from a script. */
class ThrottleRetryTest {

    private record Answer(int status, String retryAfter, long delayMillis) {
    }

    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<String> requestIds = Collections.synchronizedList(new ArrayList<>());
    private final Transcript transcript = new Transcript();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requestIds.add(exchange.getRequestHeaders().getFirst("MS-RequestId"));
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? new Answer(200, null, 0) : script.poll();
            }
            try {
                Thread.sleep(answer.delayMillis()); // the server being slow, not the test waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] body = ("{\"status\":" + answer.status() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ScenarioHttp http(int maxRetries, Duration readTimeout) {
        return new ScenarioHttp("http://127.0.0.1:" + server.getAddress().getPort(), transcript,
                new HttpSettings(Duration.ofSeconds(2), readTimeout, maxRetries, Duration.ofSeconds(2), Optional.empty()));
    }

    private int call(ScenarioHttp http) {
        return http.send("POST /v1/things", () -> http.request()
                .header("MS-RequestId", "7d1c4b8e-0000-4000-8000-000000000001")
                .body("{}").contentType("application/json").post("/v1/things")).statusCode();
    }

    @Test
    void a_throttled_call_waits_retry_after_and_is_sent_again_with_the_same_request_id() {
        script.add(new Answer(429, "1", 0));
        script.add(new Answer(503, "0", 0));

        long started = System.nanoTime();
        int status = call(http(4, Duration.ofSeconds(5)));

        assertThat(status).isEqualTo(200);
        assertThat(requestIds).hasSize(3).containsOnly("7d1c4b8e-0000-4000-8000-000000000001");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited the 1 s Retry-After")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(transcript.toString()).contains("answered 429; retry 1 of 4 with the same MS-RequestId");
    }

    @Test
    void without_retry_after_it_backs_off_and_gives_up_after_the_configured_retries() {
        for (int i = 0; i < 5; i++) {
            script.add(new Answer(429, null, 0));
        }

        int status = call(http(2, Duration.ofSeconds(5)));

        assertThat(status).as("the last answer, once the retries are spent").isEqualTo(429);
        assertThat(requestIds).as("one call and two retries").hasSize(3);
    }

    @Test
    void other_client_errors_are_never_retried() {
        script.add(new Answer(400, "1", 0));
        script.add(new Answer(404, null, 0));

        assertThat(call(http(4, Duration.ofSeconds(5)))).isEqualTo(400);
        assertThat(requestIds).hasSize(1);
    }

    @Test
    void a_call_that_outlasts_the_read_timeout_fails_instead_of_hanging_and_is_not_retried() {
        script.add(new Answer(200, null, 3_000));

        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> call(http(0, Duration.ofMillis(300))));

        assertThat(error).hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThat(requestIds).hasSize(1);
    }
}
