package org.partnersandbox.suite.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void every_check_runs_and_every_failure_is_reported_under_the_head() {
        List<String> ran = new ArrayList<>();

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> Checks.all("[IR-01] POST /x\n", softly -> {
            softly.check(() -> {
                ran.add("first");
                assertThat(1).as("the first").isEqualTo(2);
            });
            softly.check(() -> {
                ran.add("second");
                assertThat("a").as("the second").isEqualTo("a");
            });
            softly.check(() -> {
                ran.add("third");
                assertThat("b").as("the third").isEqualTo("c");
            });
        }));

        assertThat(ran).containsExactly("first", "second", "third");
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("[IR-01] POST /x\n2 check(s) failed:")
                .contains("[the first]", "[the third]").doesNotContain("the second");
    }

    @Test
    void checks_that_all_hold_pass() {
        assertThatCode(() -> Checks.all("head", softly -> softly.check(() -> assertThat(true).as("holds").isTrue())))
                .doesNotThrowAnyException();
    }

    @Test
    void an_error_that_is_no_assertion_is_not_taken_for_a_failed_check() {
        IllegalStateException broken = catchThrowableOfType(IllegalStateException.class, () -> Checks.all("head",
                softly -> softly.check(() -> {
                    throw new IllegalStateException("a bug in the step");
                })));

        assertThat(broken).hasMessage("a bug in the step");
    }
}
