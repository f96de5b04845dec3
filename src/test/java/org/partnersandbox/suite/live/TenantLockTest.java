package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.suite.config.ConfigurationException;

class TenantLockTest {

    private static final String TENANT = "0e195b37-4574-4539-bc42-0e539b9684c0";

    @TempDir
    Path ledgerDir;

    @Test
    void a_second_run_on_the_same_tenant_is_refused_in_one_line_naming_the_first() {
        try (TenantLock first = TenantLock.acquire(ledgerDir, List.of(TENANT), "psafirst")) {
            ConfigurationException refused = catchThrowableOfType(ConfigurationException.class,
                    () -> TenantLock.acquire(ledgerDir, List.of(TENANT), "psasecond"));

            assertThat(refused).hasMessageStartingWith("Configuration: another live run is in progress on tenant " + TENANT)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid() + ", run psafirst");
        }
    }

    @Test
    void the_lock_is_free_again_once_released() {
        TenantLock.acquire(ledgerDir, List.of(TENANT), "psafirst").close();

        try (TenantLock second = TenantLock.acquire(ledgerDir, List.of(TENANT), "psasecond")) {
            assertThat(ledgerDir.resolve("locks").resolve(TENANT + ".lock")).content().contains("run psasecond");
        }
    }

    @Test
    void a_lock_file_left_by_a_dead_run_is_stale_and_taken_over() throws Exception {
        Files.createDirectories(ledgerDir.resolve("locks"));
        Files.writeString(ledgerDir.resolve("locks").resolve(TENANT + ".lock"), "pid 999999, run psakilled, since 2020-01-01T00:00:00Z");

        try (TenantLock taken = TenantLock.acquire(ledgerDir, List.of(TENANT), "psanext")) {
            assertThat(ledgerDir.resolve("locks").resolve(TENANT + ".lock")).content().startsWith("pid ").contains("run psanext");
        }
    }

    @Test
    void a_refusal_releases_the_tenants_it_had_already_locked() {
        String other = "3b1f9a52-6c2d-4e8f-9d1a-7a4c5e2b8f30";
        try (TenantLock first = TenantLock.acquire(ledgerDir, List.of(other), "psafirst")) {
            catchThrowableOfType(ConfigurationException.class,
                    () -> TenantLock.acquire(ledgerDir, List.of(TENANT, other), "psasecond"));
        }
        try (TenantLock again = TenantLock.acquire(ledgerDir, List.of(TENANT), "psathird")) {
            assertThat(again).isNotNull();
        }
    }
}
