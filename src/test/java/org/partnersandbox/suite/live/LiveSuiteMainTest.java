package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveSuiteMainTest {

    @Test
    void the_child_runs_get_the_live_targets_locks_from_the_pom() {
        assertThat(System.getProperty("live.executionLocks")).as("handed on by Surefire (pom: live.executionLocks)").isNotBlank();
        assertThat(LiveSuiteMain.executionLocks())
                .containsEntry("cucumber.execution.exclusive-resources.makes-customers.read", "provider-customers")
                .containsEntry("cucumber.execution.exclusive-resources.quota:customers=75.read-write", "provider-customers")
                .containsEntry("cucumber.execution.exclusive-resources.quota:indirect-resellers=1.read", "indirect-reseller-quota")
                .containsEntry("cucumber.execution.exclusive-resources.quota:indirect-resellers=5.read-write", "indirect-reseller-quota");
    }
}
