package org.partnersandbox.emulator;

import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.OperationalSettings;
import org.partnersandbox.emulator.ops.Profile;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operational flags: {@code --profile} gives the defaults, every other flag overrides one. */
class EmulatorMainProfileTest {

    @Test
    void without_a_profile_the_emulator_is_plain() {
        OperationalSettings ops = EmulatorMain.parse(new String[0]).operations();
        assertThat(ops).isEqualTo(OperationalSettings.of(Profile.PLAIN));
        assertThat(ops.https()).isFalse();
        assertThat(EmulatorSettings.defaults().operations()).as("defaults() stays plain").isEqualTo(ops);
    }

    @Test
    void remote_sandbox_turns_on_https_latency_visibility_delay_and_the_documented_rate_limit() {
        OperationalSettings ops = EmulatorMain.parse(new String[]{"--profile", "remote-sandbox"}).operations();
        assertThat(ops.profile()).isEqualTo(Profile.REMOTE_SANDBOX);
        assertThat(ops.https()).isTrue();
        assertThat(ops.latency()).isEqualTo(Duration.ofMillis(20));
        assertThat(ops.visibilityDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(ops.throttleLimit()).isEqualTo(500);
        assertThat(ops.throttleWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(ops.certificateOut()).isEqualTo(Path.of("target", "emulator-certificate.pem"));
    }

    @Test
    void each_flag_overrides_the_profile_whatever_the_order() {
        OperationalSettings ops = EmulatorMain.parse(new String[]{"--latency-ms", "0", "--profile", "remote-sandbox",
                "--visibility-delay-ms", "1500", "--throttle-per-minute", "0", "--certificate-out", "out/cert.pem"}).operations();
        assertThat(ops.https()).isTrue();
        assertThat(ops.latency()).isZero();
        assertThat(ops.visibilityDelay()).isEqualTo(Duration.ofMillis(1500));
        assertThat(ops.throttleLimit()).as("0 = no limit").isZero();
        assertThat(ops.certificateOut()).isEqualTo(Path.of("out", "cert.pem"));
    }

    @Test
    void plain_profile_takes_single_behaviours_too() {
        OperationalSettings ops = EmulatorMain.parse(new String[]{"--throttle-per-minute", "7"}).operations();
        assertThat(ops.https()).isFalse();
        assertThat(ops.throttleLimit()).isEqualTo(7);
    }

    @Test
    void bad_operational_flags_are_named_in_one_line() {
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--profile", "production"}))
                .hasMessage("unknown profile 'production'; use one of plain, remote-sandbox");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--latency-ms", "-5"}))
                .hasMessage("--latency-ms must be between 0 and 60000; got -5");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--throttle-per-minute", "lots"}))
                .hasMessage("--throttle-per-minute must be a number; got 'lots'");
    }

    @Test
    void the_drift_for_the_parity_proof_is_off_unless_asked_for_and_survives_the_other_flags() {
        assertThat(EmulatorMain.parse(new String[0]).operations().driftExtraField()).isNull();
        EmulatorSettings drifted = EmulatorMain.parse(new String[]{"--drift-extra-field", "parityProbe",
                "--profile", "remote-sandbox", "--latency-ms", "0"});
        assertThat(drifted.operations().driftExtraField()).isEqualTo("parityProbe");
        assertThat(drifted.operations().latency()).isZero();
    }
}
