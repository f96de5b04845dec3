package org.partnersandbox.emulator;

import io.javalin.http.Handler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link EmulatorServer#inOrder}: steps run as one handler in their order, none after one that throws. How
 * the server's steps are ordered is checked over HTTP (e.g. {@code FaultInjectionTest}: faults before
 * authentication; {@code OperationalBehaviourTest}: the throttle counts per authenticated tenant).
 */
class BeforeStepsTest {

    @Test
    void steps_run_in_their_order_and_a_step_that_throws_ends_the_request() throws Exception {
        List<String> ran = new ArrayList<>();
        Handler steps = EmulatorServer.inOrder(ctx -> ran.add("echo"), ctx -> ran.add("faults"), ctx -> ran.add("latency"));
        steps.handle(null); // the steps here read nothing of the request
        assertThat(ran).containsExactly("echo", "faults", "latency");

        ran.clear();
        IllegalStateException refused = new IllegalStateException("refused");
        Handler refusing = EmulatorServer.inOrder(ctx -> ran.add("authenticate"), ctx -> {
            throw refused;
        }, ctx -> ran.add("throttle"));
        assertThatThrownBy(() -> refusing.handle(null)).isSameAs(refused);
        assertThat(ran).containsExactly("authenticate");
    }
}
