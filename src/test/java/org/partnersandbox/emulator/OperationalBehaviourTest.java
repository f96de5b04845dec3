package org.partnersandbox.emulator;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.OperationalSettings;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.resellerBody;

/**
 * Latency, eventual consistency and throttling over real HTTP, each on an emulator of its own with
 * only that behaviour turned on (the remote-sandbox profile turns them all on at once).
 */
class OperationalBehaviourTest {

    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";

    private static EmulatorHttp emulatorWith(OperationalSettings operations) {
        return new EmulatorHttp(EmulatorSettings.defaults().withOperations(operations));
    }

    @Test
    void latency_delays_token_and_v1_calls_by_at_least_the_configured_time() {
        Duration latency = Duration.ofMillis(400);
        try (EmulatorHttp http = emulatorWith(OperationalSettings.plain().withLatency(latency))) {
            EmulatorHttp.Account provider = http.provision("indirectProvider");

            long tokenStart = System.nanoTime();
            String token = http.appUserToken(provider);
            Duration tokenCall = Duration.ofNanos(System.nanoTime() - tokenStart);
            long listStart = System.nanoTime();
            http.as(token).get(RELATIONSHIPS).then().statusCode(200);
            Duration listCall = Duration.ofNanos(System.nanoTime() - listStart);

            assertThat(tokenCall).as("token call").isGreaterThanOrEqualTo(latency);
            assertThat(listCall).as("/v1 call").isGreaterThanOrEqualTo(latency);
        }
    }

    @Test
    void a_new_reseller_is_missing_from_the_list_until_the_visibility_delay_has_passed() {
        // wide enough that a loaded machine cannot take longer than it between the create and the first list
        try (EmulatorHttp http = emulatorWith(OperationalSettings.plain().withVisibilityDelay(Duration.ofSeconds(8)))) {
            EmulatorHttp.Account provider = http.provision("indirectProvider");
            String token = http.appUserToken(provider);

            String accountId = http.createReseller(token, resellerBody("6363276", "US"))
                    .then().statusCode(201).extract().path("accountId");

            assertThat(http.as(token).get(RELATIONSHIPS).then().statusCode(200).extract().jsonPath().getList("items.id"))
                    .as("listed right after creation").doesNotContain(accountId);
            assertThat(http.request().get("/_emulator/state").jsonPath().getList("indirectResellers.accountId"))
                    .as("but it exists at once").contains(accountId);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(http.as(token).get(RELATIONSHIPS).jsonPath().getList("items.id")).contains(accountId));
        }
    }

    @Test
    void the_call_after_the_limit_is_429_with_retry_after_and_other_tenants_go_on() {
        try (EmulatorHttp http = emulatorWith(OperationalSettings.plain().withThrottlePerMinute(3))) {
            EmulatorHttp.Account busy = http.provision("indirectProvider");
            EmulatorHttp.Account other = http.provision("indirectProvider");
            String busyToken = http.appUserToken(busy);
            for (int call = 1; call <= 3; call++) {
                http.as(busyToken).get(RELATIONSHIPS).then().statusCode(200);
            }

            Response refused = http.as(busyToken).get(RELATIONSHIPS);

            refused.then().statusCode(429).contentType("application/json");
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            assertThat(retryAfter).as("Retry-After seconds").isBetween(1L, 60L);
            assertThat(refused.jsonPath().getInt("statusCode")).isEqualTo(429);
            assertThat(refused.jsonPath().getString("message"))
                    .isEqualTo("Rate limit is exceeded. Try again in " + retryAfter + " seconds.");
            assertThat(refused.header("MS-RequestId")).as("request id echoed").isNotBlank();
            http.as(http.appUserToken(other)).get(RELATIONSHIPS).then().statusCode(200);
            assertThat(errorCode(http.request().get(RELATIONSHIPS), 401)).as("unauthenticated calls are refused first")
                    .isEqualTo(800001);
        }
    }

    @Test
    void refused_calls_are_not_counted_so_a_client_gets_through_once_the_window_moves_on() {
        try (EmulatorHttp http = emulatorWith(OperationalSettings.plain().withThrottle(2, Duration.ofSeconds(2)))) {
            String token = http.appUserToken(http.provision("indirectProvider"));
            http.as(token).get(RELATIONSHIPS).then().statusCode(200);
            http.as(token).get(RELATIONSHIPS).then().statusCode(200);
            http.as(token).get(RELATIONSHIPS).then().statusCode(429);

            // polls every 200 ms: were the refusals counted, the window would never free up
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> http.as(token).get(RELATIONSHIPS).statusCode() == 200);
        }
    }
}
