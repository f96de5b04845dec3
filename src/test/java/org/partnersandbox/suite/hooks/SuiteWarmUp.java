package org.partnersandbox.suite.hooks;

import io.restassured.RestAssured;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.Assertions;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Transcript;
import org.partnersandbox.suite.config.Target;

/**
 * Pays once, before any scenario, what the first call of each of the first scenarios paid side by side
 * (issue 14: 1.2 to 1.5 s each): loading rest-assured with its Groovy and HTTP client, and AssertJ.
 * The loading runs on its own thread while the run opens (the emulator starts); then, on the emulator target, one call through a specification built as a scenario's is, to the
 * emulator's own account list, which costs nothing and creates nothing. On the live target no call is
 * made: every call there counts against the partner's throttle.
 */
final class SuiteWarmUp {

    private final CompletableFuture<Void> loading;

    private SuiteWarmUp(CompletableFuture<Void> loading) {
        this.loading = loading;
    }

    /** Starts loading the client and assertion libraries on a thread of their own. */
    static SuiteWarmUp start() {
        return new SuiteWarmUp(CompletableFuture.runAsync(() -> {
            RestAssured.given().baseUri("http://127.0.0.1").header("Accept", "application/json");
            Assertions.assertThat(Boolean.TRUE).as("AssertJ loaded").isTrue();
        }));
    }

    /** Waits for the loading, then on the emulator target makes one call as a scenario would. */
    void finish(SandboxRun run) {
        loading.join();
        if (run.target() == Target.EMULATOR) {
            new ScenarioHttp(run.baseUrl(), new Transcript(), run.httpSettings()).request()
                    .accept("application/json").get("/_emulator/accounts")
                    .then().statusCode(200).extract().jsonPath().getList("tenantId");
        }
    }
}
