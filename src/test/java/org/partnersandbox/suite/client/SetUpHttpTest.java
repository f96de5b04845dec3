package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The run's timeouts on set-up calls: zero is none, and the read timeout covers the whole answer. */
class SetUpHttpTest {

    private static HttpSettings timeouts(Duration connect, Duration read) {
        return new HttpSettings(connect, read, 0, Duration.ofSeconds(1), Optional.empty());
    }

    /** A server that answers every request with {@code head} and then {@code rest} once {@code release} is counted down. */
    private static ServerSocket server(String head, String rest, CountDownLatch release) throws Exception {
        ServerSocket server = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                byte[] request = new byte[4096];
                in.read(request); // the request line and headers: small, one read
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                release.await(10, TimeUnit.SECONDS);
                out.write(rest.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (Exception closed) {
                // the client gave up: nothing more to answer
            }
        });
        return server;
    }

    private static HttpRequest get(ServerSocket server) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/")).GET().build();
    }

    @Test
    void an_answer_that_stalls_after_its_headers_ends_at_the_read_timeout() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (ServerSocket server = server("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345", "67890", never)) {
            SetUpHttp http = new SetUpHttp(timeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));

            HttpTimeoutException late = catchThrowableOfType(HttpTimeoutException.class, () -> http.send(get(server)));

            assertThat(late).hasMessage("no complete answer within 300 ms");
        } finally {
            never.countDown();
        }
    }

    @Test
    void zero_timeouts_mean_none() throws Exception {
        CountDownLatch now = new CountDownLatch(0);
        try (ServerSocket server = server("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345", "67890", now)) {
            SetUpHttp http = new SetUpHttp(timeouts(Duration.ZERO, Duration.ZERO));

            assertThat(http.send(get(server)).body()).isEqualTo("1234567890");
        }
    }
}
