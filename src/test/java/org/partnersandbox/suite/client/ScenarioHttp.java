package org.partnersandbox.suite.client;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.RequestWrapper;

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
    private final RestAssuredConfig config;

    public ScenarioHttp(String baseUrl, Transcript transcript) {
        this(baseUrl, transcript, HttpSettings.defaults());
    }

    public ScenarioHttp(String baseUrl, Transcript transcript, HttpSettings settings) {
        RestAssuredConfig config = RestAssuredConfig.config()
                // send "application/json" as such: Partner Center examples carry no charset parameter
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                // one HTTP client and its kept-alive connection for all of the scenario's calls, which are
                // sequential: not a new client, TCP connection (and on live a TLS handshake) per call
                .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()
                        .setParam("http.connection.timeout", (int) settings.connectTimeout().toMillis())
                        .setParam("http.socket.timeout", (int) settings.readTimeout().toMillis()));
        if (settings.trustOnly().isPresent()) {
            // only the configured certificate; host names are still verified
            config = config.sslConfig(SSLConfig.sslConfig().trustStore(settings.trustOnly().get()));
        }
        this.config = config;
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

    /**
     * A request whose path goes out exactly as written, e.g. {@code /v1//sandboxIndirectReseller} as
     * the pages print it (IR-29). rest-assured would encode {@code //}; with encoding off, its HTTP
     * client (Apache HttpClient 4) still normalizes the path to one slash before sending, so an
     * interceptor, which runs after that rewrite, puts the original path back.
     */
    @SuppressWarnings("deprecation") // rest-assured's HttpClientConfig is built on HttpClient 4's DefaultHttpClient
    public RequestSpecification requestWithPathAsGiven() {
        // keeps the timeouts of the scenario's configuration
        HttpClientConfig keepPath = config.getHttpClientConfig().httpClientFactory(() -> {
            DefaultHttpClient client = new DefaultHttpClient();
            client.addRequestInterceptor((request, context) -> {
                if (request instanceof RequestWrapper wrapper && wrapper.getOriginal() instanceof HttpUriRequest original) {
                    URI asGiven = original.getURI();
                    wrapper.setURI(URI.create(asGiven.getRawPath()
                            + (asGiven.getRawQuery() == null ? "" : "?" + asGiven.getRawQuery())));
                }
            });
            return client;
        });
        return request().config(config.httpClient(keepPath)).urlEncodingEnabled(false);
    }

    /** How many times {@link #send} retries a throttled or busy call at most. */
    public int maxRetries() {
        return retry.maxRetries();
    }
}
