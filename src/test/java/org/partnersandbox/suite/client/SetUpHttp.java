package org.partnersandbox.suite.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JDK's HTTP client, for calls that set a run up and are no Partner Center call: sign-in on the
 * emulator target and the emulator's admin API. One per owner, with kept-alive connections (a new
 * rest-assured client per request cost 2 to 6 ms of CPU each in the test JVM, issue 14). The run's
 * timeouts apply as they do to its Partner Center calls, zero meaning none: the connect timeout to
 * connecting, the read timeout to the whole answer, body included, so an answer that stalls halfway
 * cannot hang the run.
 */
final class SetUpHttp {

    private final HttpClient client;
    private final Duration readTimeout;

    SetUpHttp(HttpSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (!settings.connectTimeout().isZero()) {
            builder.connectTimeout(settings.connectTimeout());
        }
        this.client = builder.build();
        this.readTimeout = settings.readTimeout();
    }

    /** The answer, its body read as UTF-8; an {@link IOException} when there is none in time (its message names no secret). */
    HttpResponse<String> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return readTimeout.isZero() ? answer.get() : answer.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(failed.getCause()), failed.getCause());
        }
    }
}
