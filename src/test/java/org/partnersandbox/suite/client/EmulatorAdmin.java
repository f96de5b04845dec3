package org.partnersandbox.suite.client;

import org.partnersandbox.suite.config.Urls;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Set-up posts to the emulator's admin API ({@code /_emulator/...}, docs/emulator.md), which are no
 * Partner Center calls. Sent with the JDK's HTTP client ({@link SetUpHttp}), one per run: through
 * rest-assured each account a scenario is given cost 2 ms of CPU, half a second a run (issue 14).
 * Each exchange still goes into the scenario's transcript, masked, like its Partner Center calls.
 */
public final class EmulatorAdmin {

    /** What the admin API answered; its body may hold an account's secrets, so it prints masked. */
    public record Answer(int status, String body) {

        @Override
        public String toString() {
            return status + " " + SecretMask.body(body);
        }
    }

    private final String baseUrl;
    private final SetUpHttp http;

    public EmulatorAdmin(String baseUrl, HttpSettings settings) {
        this.baseUrl = Urls.withoutTrailingSlashes(baseUrl);
        this.http = new SetUpHttp(settings);
    }

    /** {@code POST path} with a JSON body; written to {@code transcript}, masked. */
    public Answer post(String path, String json, Transcript transcript) {
        URI uri = URI.create(baseUrl + path);
        StringBuilder text = new StringBuilder("POST ").append(uri).append("\n\n").append(SecretMask.body(json)).append('\n');
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build());
            text.append("\n<< HTTP/1.1 ").append(response.statusCode()).append('\n');
            if (!response.body().isEmpty()) {
                text.append('\n').append(SecretMask.body(response.body())).append('\n');
            }
            return new Answer(response.statusCode(), response.body());
        } catch (IOException unreachable) {
            String why = SecretMask.text(String.valueOf(unreachable));
            text.append("\n<< no response: ").append(why).append('\n');
            throw new IllegalStateException("the emulator's admin API did not answer POST " + path + " at " + baseUrl
                    + " (" + why + ")", unreachable);
        } finally {
            transcript.add(text.toString());
        }
    }
}
