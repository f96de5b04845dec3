package org.partnersandbox.suite.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Set-up posts to the emulator's admin API ({@code /_emulator/...}, docs/emulator.md), which are no
 * Partner Center calls. Sent with the JDK's HTTP client, one per run with kept-alive connections:
 * through rest-assured each account a scenario is given cost 2 ms of CPU, half a second a run
 * (issue 14). Each exchange still goes into the scenario's transcript, masked, like its Partner
 * Center calls.
 */
public final class EmulatorAdmin {

    /** What the admin API answered. */
    public record Answer(int status, String body) {
    }

    private final String baseUrl;
    private final Duration readTimeout;
    private final HttpClient client;

    public EmulatorAdmin(String baseUrl, HttpSettings settings) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.readTimeout = settings.readTimeout();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** {@code POST path} with a JSON body; written to {@code transcript}, masked. */
    public Answer post(String path, String json, Transcript transcript) {
        URI uri = URI.create(baseUrl + path);
        StringBuilder text = new StringBuilder("POST ").append(uri).append("\n\n").append(SecretMask.body(json)).append('\n');
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            text.append("\n<< ").append(response.statusCode()).append('\n');
            if (!response.body().isEmpty()) {
                text.append('\n').append(SecretMask.body(response.body())).append('\n');
            }
            return new Answer(response.statusCode(), response.body());
        } catch (IOException unreachable) {
            text.append("\n<< no response: ").append(unreachable).append('\n');
            throw new IllegalStateException("the emulator's admin API did not answer POST " + path + " at " + baseUrl
                    + " (" + unreachable + ")", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            text.append("\n<< interrupted\n");
            throw new IllegalStateException("interrupted while waiting for POST " + path + " at " + baseUrl, interrupted);
        } finally {
            transcript.add(text.toString());
        }
    }
}
