package org.partnersandbox.suite.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void a_settling_absence_is_read_three_more_times_not_every_poll_interval() {
        assertThat(Eventually.settleStep(Duration.ofSeconds(2), Duration.ofSeconds(30)))
                .as("live: 30 s settle, 2 s polls → reads at 10, 20 and 30 s instead of 15 reads").isEqualTo(Duration.ofSeconds(10));
        assertThat(Eventually.settleStep(Duration.ofMillis(100), Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void never_more_often_than_the_poll_interval_nor_later_than_the_settle() {
        assertThat(Eventually.settleStep(Duration.ofSeconds(2), Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(2));
        assertThat(Eventually.settleStep(Duration.ofSeconds(5), Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }
}
