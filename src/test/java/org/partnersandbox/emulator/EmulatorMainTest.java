package org.partnersandbox.emulator;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorMainTest {

    @Test
    void defaults_are_loopback_port_8080_and_the_config_seed_files() {
        EmulatorSettings settings = EmulatorMain.parse(new String[0]);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.accountsFile()).isEqualTo(Path.of("config", "emulator-accounts.json"));
    }

    @Test
    void flags_set_port_host_and_token_lifetime() {
        EmulatorSettings settings = EmulatorMain.parse(new String[]{"--port", "0", "--host", "0.0.0.0", "--token-lifetime", "60"});
        assertThat(settings.port()).isZero();
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void bad_flags_are_named_in_one_line() {
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--colour", "blue"})).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--port", "eighty"})).hasMessage("--port must be a number; got 'eighty'");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--port"})).hasMessage("--port needs a value");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[]{"--accounts", "/no/such/file.json"}))
                .hasMessageStartingWith("--accounts: no readable file at");
    }

    @Test
    void help_asks_for_no_server() {
        assertThat(EmulatorMain.parse(new String[]{"--help"})).isNull();
    }
}
