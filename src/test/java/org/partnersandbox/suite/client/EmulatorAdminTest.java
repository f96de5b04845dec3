package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.Emulator;
import org.partnersandbox.emulator.EmulatorSettings;

/** Against the real emulator, in-process. */
class EmulatorAdminTest {

    private static Emulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = Emulator.start(EmulatorSettings.defaults());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void a_post_is_answered_and_written_to_the_transcript_with_its_secrets_masked() throws Exception {
        Transcript transcript = new Transcript();

        EmulatorAdmin.Answer answer = new EmulatorAdmin(emulator.baseUrl(), HttpSettings.defaults())
                .post("/_emulator/accounts", "{\"role\":\"indirectProvider\",\"userSignsInWithMfa\":true}", transcript);

        assertThat(answer.status()).isEqualTo(201);
        String secret = new ObjectMapper().readTree(answer.body()).path("app").path("clientSecret").asText();
        assertThat(secret).as("the answer itself keeps the account's secret").isNotBlank();
        assertThat(transcript.toString())
                .contains("POST " + emulator.baseUrl() + "/_emulator/accounts", "\"role\" : \"indirectProvider\"", "<< HTTP/1.1 201",
                        "\"clientSecret\" : \"***\"")
                .doesNotContain(secret);
        assertThat(answer.toString()).as("an answer prints masked").startsWith("201 ").contains("***").doesNotContain(secret);
    }

    @Test
    void an_emulator_that_does_not_answer_is_named_and_the_attempt_is_in_the_transcript() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Transcript transcript = new Transcript();

        IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                () -> new EmulatorAdmin("http://127.0.0.1:" + closedPort, HttpSettings.defaults())
                        .post("/_emulator/accounts", "{}", transcript));

        assertThat(failure).hasMessageContaining("POST /_emulator/accounts").hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(transcript.toString()).contains("<< no response");
    }
}
