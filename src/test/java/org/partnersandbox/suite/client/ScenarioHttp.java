package org.partnersandbox.suite.client;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.RequestWrapper;

/**
 * The one rest-assured {@link RequestSpecification} of a scenario: base URL, masking transcript,
 * exact content types. Nothing is set on rest-assured's static configuration, so scenarios
 * running side by side cannot disturb each other.
 */
public final class ScenarioHttp {

    private final RequestSpecification spec;
    private final RestAssuredConfig config;

    public ScenarioHttp(String baseUrl, Transcript transcript) {
        // send "application/json" as such: Partner Center examples carry no charset parameter
        this.config = RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        this.spec = new RequestSpecBuilder()
                .setBaseUri(baseUrl)
                .setConfig(config)
                .addFilter(new TranscriptFilter(transcript))
                .build();
    }

    /** A new request that starts from the scenario's specification. */
    public RequestSpecification request() {
        return RestAssured.given().spec(spec);
    }

    /**
     * A request whose path goes out exactly as written, e.g. {@code /v1//sandboxIndirectReseller} as
     * the pages print it (IR-29). rest-assured would encode {@code //}; with encoding off, its HTTP
     * client (Apache HttpClient 4) still normalizes the path to one slash before sending, so an
     * interceptor, which runs after that rewrite, puts the original path back.
     */
    @SuppressWarnings("deprecation") // rest-assured's HttpClientConfig is built on HttpClient 4's DefaultHttpClient
    public RequestSpecification requestWithPathAsGiven() {
        HttpClientConfig keepPath = HttpClientConfig.httpClientConfig().httpClientFactory(() -> {
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
}
