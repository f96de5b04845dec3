package org.partnersandbox.suite.client;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/**
 * The one rest-assured {@link RequestSpecification} of a scenario: base URL, masking transcript,
 * exact content types, timeouts ({@link HttpSettings}), and {@link #send} for the retry of
 * throttled calls. Nothing
 * is set on rest-assured's static configuration, so scenarios running side by side cannot disturb
 * each other.
 */
public final class ScenarioHttp {

    private final RequestSpecification spec;
    private final ThrottleRetry retry;

    public ScenarioHttp(String baseUrl, Transcript transcript) {
        this(baseUrl, transcript, HttpSettings.defaults());
    }

    public ScenarioHttp(String baseUrl, Transcript transcript, HttpSettings settings) {
        RestAssuredConfig config = RestAssuredConfig.config()
                // send "application/json" as such: Partner Center examples carry no charset parameter
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", (int) settings.connectTimeout().toMillis())
                        .setParam("http.socket.timeout", (int) settings.readTimeout().toMillis()));
        if (settings.trustOnly().isPresent()) {
            // only the configured certificate; host names are still verified
            config = config.sslConfig(SSLConfig.sslConfig().trustStore(settings.trustOnly().get()));
        }
        this.spec = new RequestSpecBuilder()
                .setBaseUri(baseUrl)
                .setConfig(config)
                .addFilter(new TranscriptFilter(transcript))
                .build();
        this.retry = new ThrottleRetry(settings, transcript);
    }

    /** A new request that starts from the scenario's specification. */
    public RequestSpecification request() {
        return RestAssured.given().spec(spec);
    }

    /**
     * Sends a call through the retry policy: {@code attempt} builds the request from {@link #request()}
     * and sends it, the same (same {@code MS-RequestId}) each time; {@code call} names it ("POST /v1/...").
     */
    public Response send(String call, Supplier<Response> attempt) {
        return retry.send(call, attempt);
    }

    /** How many times {@link #send} retries a throttled or busy call at most. */
    public int maxRetries() {
        return retry.maxRetries();
    }
}
