package org.partnersandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnersandbox.emulator.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code --training-run}: starts the emulator on a free port, makes the calls a client's first minutes
 * make (accounts, a provisioned provider, its token, a customer created, read and listed), and stops.
 * {@code mvn package} runs it under {@code -XX:ArchiveClassesAtExit}, so that the AppCDS archive holds
 * the classes a start and those calls load, and {@code java -XX:SharedArchiveFile=... -jar} starts in
 * less time than loading and verifying them from the jar (README, "Performance").
 */
final class TrainingRun {

    private TrainingRun() {
    }

    static void run(EmulatorSettings settings) throws IOException {
        try (Emulator emulator = Emulator.start(settings.withPort(0))) {
            String base = emulator.baseUrl();
            call(base, "GET", "/_emulator/accounts", null, null, null);
            JsonNode account = call(base, "POST", "/_emulator/accounts", "application/json", "{\"role\":\"indirectProvider\"}", null);
            String form = "grant_type=client_credentials&resource=" + encode("https://api.partnercenter.microsoft.com")
                    + "&client_id=" + encode(account.path("app").path("clientId").asText())
                    + "&client_secret=" + encode(account.path("app").path("clientSecret").asText());
            String token = call(base, "POST", "/" + account.path("tenantId").asText() + "/oauth2/token",
                    "application/x-www-form-urlencoded", form, null).path("access_token").asText();
            JsonNode customer = call(base, "POST", "/v1/customers", "application/json", """
                    {"companyProfile":{"domain":"training.onmicrosoft.com"},"billingProfile":{"email":"ada@example.com",
                    "culture":"en-US","language":"en","companyName":"Training","defaultAddress":{"country":"US",
                    "city":"Redmond","state":"WA","addressLine1":"1 Main St","postalCode":"98052"}}}""", token);
            call(base, "GET", "/v1/customers/" + customer.path("id").asText(), null, null, token);
            call(base, "GET", "/v1/customers?size=10", null, null, token);
        }
    }

    private static JsonNode call(String base, String method, String path, String contentType, String body, String token)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        if (status >= 400) {
            throw new IOException("training run: " + method + " " + path + " answered " + status);
        }
        try (InputStream in = connection.getInputStream()) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
