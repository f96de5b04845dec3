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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    /** A slow answer is held until the test ends (or its delay passes): no server thread outlives the test. */
    private final CountDownLatch testEnded = new CountDownLatch(1);

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
                testEnded.await(answer.delayMillis(), TimeUnit.MILLISECONDS); // the server being slow
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
        testEnded.countDown();
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

        int status = call(http(4, Duration.ofSeconds(5)));

        assertThat(status).isEqualTo(200);
        assertThat(requestIds).hasSize(3).containsOnly("7d1c4b8e-0000-4000-8000-000000000001");
        assertThat(transcript.toString()).as("waits exactly what Retry-After says, no jitter")
                .contains("answered 429; retry 1 of 4 in 1000 ms with the same MS-RequestId")
                .contains("answered 503; retry 2 of 4 in 0 ms with the same MS-RequestId");
    }

    @Test
    void backoff_doubles_with_a_quarter_of_jitter_and_stays_under_the_longest_wait() {
        ThrottleRetry retry = new ThrottleRetry(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
                Duration.ofSeconds(2), Optional.empty()), transcript);
        for (int i = 0; i < 50; i++) {
            assertThat(retry.backoff(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(625));
            assertThat(retry.backoff(2)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1250));
            assertThat(retry.backoff(10)).isEqualTo(Duration.ofSeconds(2));
        }
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
