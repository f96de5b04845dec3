package org.partnersandbox.suite.client;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * The one rest-assured {@link RequestSpecification} of a scenario: base URL, masking transcript,
 * exact content types. Nothing is set on rest-assured's static configuration, so scenarios
 * running side by side cannot disturb each other.
 */
public final class ScenarioHttp {

    private final RequestSpecification spec;

    public ScenarioHttp(String baseUrl, Transcript transcript) {
        this.spec = new RequestSpecBuilder()
                .setBaseUri(baseUrl)
                // send "application/json" as such: Partner Center examples carry no charset parameter
                .setConfig(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .addFilter(new TranscriptFilter(transcript))
                .build();
    }

    /** A new request that starts from the scenario's specification. */
    public RequestSpecification request() {
        return RestAssured.given().spec(spec);
    }
}
