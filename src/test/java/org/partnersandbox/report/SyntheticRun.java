package org.partnersandbox.report;

import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.Event;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.Step;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * Drives a plugin with the real io.cucumber.plugin.event types, as Cucumber would publish them,
 * without running Cucumber: a scenario is a test case with tags, steps and a result.
 */
public final class SyntheticRun implements EventPublisher {

    private final Map<Class<?>, List<EventHandler<?>>> handlers = new ConcurrentHashMap<>();
    private Instant clock = Instant.parse("2025-11-20T01:00:00Z");
    private int nextLine = 3;

    public SyntheticRun(io.cucumber.plugin.ConcurrentEventListener plugin) {
        plugin.setEventPublisher(this);
    }

    SyntheticRun at(Instant start) {
        clock = start;
        return this;
    }

    public SyntheticRun started() {
        publish(new TestRunStarted(clock));
        return this;
    }

    SyntheticRun featureSource(String uri, String gherkin) {
        publish(new TestSourceRead(clock, URI.create(uri), gherkin));
        return this;
    }

    /** A scenario whose steps all pass; calls are attached the way the suite does at the end. */
    public SyntheticRun passed(String name, List<String> tags, String... correlationIds) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        step(testCase, "Given a sandbox indirect provider", Status.PASSED, null);
        attachCalls(testCase, correlationIds);
        finish(testCase, Status.PASSED, null, 120);
        return this;
    }

    public SyntheticRun failed(String name, List<String> tags, String failingStep, Throwable error) {
        return failed(name, tags, failingStep, error, null, null);
    }

    /** A failed scenario that attaches {@code text} as plain text under {@code attachmentName} before it ends. */
    public SyntheticRun failed(String name, List<String> tags, String failingStep, Throwable error,
                               String attachmentName, String text) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        step(testCase, "Given a sandbox indirect provider", Status.PASSED, null);
        step(testCase, failingStep, Status.FAILED, error);
        step(testCase, "Then nothing else is checked", Status.SKIPPED, null);
        attachCalls(testCase, "c-" + name.hashCode());
        if (text != null) {
            publish(new EmbedEvent(clock, testCase, text.getBytes(StandardCharsets.UTF_8), "text/plain", attachmentName));
        }
        finish(testCase, Status.FAILED, error, 340);
        return this;
    }

    /** Aborted under the not-run contract: Cucumber reports SKIPPED with the abort's message. */
    public SyntheticRun notRun(String name, List<String> tags, String reason) {
        FakeTestCase testCase = testCase(name, tags);
        TestAbortedException abort = new TestAbortedException("not-run: " + reason);
        publish(new TestCaseStarted(clock, testCase));
        step(testCase, "Given an indirect reseller signed in with its own credentials", Status.SKIPPED, abort);
        step(testCase, "When it lists its customers", Status.SKIPPED, null);
        finish(testCase, Status.SKIPPED, abort, 5);
        return this;
    }

    SyntheticRun undefined(String name, List<String> tags) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        step(testCase, "Given a step nobody wrote", Status.UNDEFINED, null);
        finish(testCase, Status.UNDEFINED, null, 1);
        return this;
    }

    SyntheticRun attachRaw(String name, List<String> tags, String mediaType, String data) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        publish(new EmbedEvent(clock, testCase, data.getBytes(StandardCharsets.UTF_8), mediaType, "calls"));
        finish(testCase, Status.PASSED, null, 10);
        return this;
    }

    /** A scenario that has started and is at {@code stepText}, not finished. */
    public SyntheticRun running(String name, List<String> tags, String stepText) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        publish(new io.cucumber.plugin.event.TestStepStarted(clock, testCase, new FakeStep(stepText, nextLine++)));
        return this;
    }

    /** A scenario that started but waits for its start (no step yet: a place, the live counts or slots). */
    public SyntheticRun waiting(String name, List<String> tags) {
        publish(new TestCaseStarted(clock, testCase(name, tags)));
        return this;
    }

    public SyntheticRun finished(Duration after) {
        clock = clock.plus(after);
        publish(new TestRunFinished(clock, new Result(Status.PASSED, after, null)));
        return this;
    }

    /** A run that stopped before its scenarios, e.g. on a configuration error in a BeforeAll hook. */
    public SyntheticRun stopped(Throwable why) {
        publish(new TestRunFinished(clock, new Result(Status.FAILED, Duration.ZERO, why)));
        return this;
    }

    public static List<String> tags(String... tags) {
        return Arrays.asList(tags);
    }

    /** A passed scenario whose one call was refused with a Partner Center error. */
    SyntheticRun passedWithRefusal(String name, List<String> tags, int status, int code, String correlationId) {
        FakeTestCase testCase = testCase(name, tags);
        publish(new TestCaseStarted(clock, testCase));
        step(testCase, "Then the request is refused with error " + code, Status.PASSED, null);
        publish(new EmbedEvent(clock, testCase, """
                [{"method":"POST","path":"/v1/sandboxIndirectReseller","status":%d,"requestId":"r-x","correlationId":"%s","errorCode":%d}]"""
                .formatted(status, correlationId, code).getBytes(StandardCharsets.UTF_8), RecordedCall.MEDIA_TYPE, "calls"));
        finish(testCase, Status.PASSED, null, 120);
        return this;
    }

    private void attachCalls(FakeTestCase testCase, String... correlationIds) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < correlationIds.length; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"method":"POST","path":"/v1/customers","status":201,"requestId":"r-%d","correlationId":"%s"}"""
                    .formatted(i, correlationIds[i]));
        }
        json.append(']');
        publish(new EmbedEvent(clock, testCase, json.toString().getBytes(StandardCharsets.UTF_8),
                RecordedCall.MEDIA_TYPE, "calls"));
    }

    private void step(FakeTestCase testCase, String text, Status status, Throwable error) {
        FakeStep step = new FakeStep(text, nextLine++);
        publish(new TestStepFinished(clock, testCase, step, new Result(status, Duration.ofMillis(10), error)));
    }

    private void finish(FakeTestCase testCase, Status status, Throwable error, long millis) {
        publish(new TestCaseFinished(clock, testCase, new Result(status, Duration.ofMillis(millis), error)));
    }

    private FakeTestCase testCase(String name, List<String> tags) {
        int line = nextLine;
        nextLine += 10;
        return new FakeTestCase(UUID.randomUUID(), name, List.copyOf(tags),
                URI.create("file:///nowhere/features/synthetic.feature"), line);
    }

    @SuppressWarnings("unchecked")
    private <T extends Event> void publish(T event) {
        for (EventHandler<?> handler : handlers.getOrDefault(event.getClass(), List.of())) {
            ((EventHandler<T>) handler).receive(event);
        }
    }

    @Override
    public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
        handlers.computeIfAbsent(eventType, type -> new ArrayList<>()).add(handler);
    }

    @Override
    public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {
        handlers.getOrDefault(eventType, new ArrayList<>()).remove(handler);
    }

    record FakeTestCase(UUID getId, String getName, List<String> getTags, URI getUri, int line) implements TestCase {
        @Override
        public Integer getLine() {
            return line;
        }

        @Override
        public Location getLocation() {
            return new Location(line, 3);
        }

        @Override
        public String getKeyword() {
            return "Scenario";
        }

        @Override
        public String getScenarioDesignation() {
            return getUri + ":" + line + " # " + getName;
        }

        @Override
        public List<TestStep> getTestSteps() {
            return List.of();
        }
    }

    record FakeStep(String text, int line) implements PickleStepTestStep, Step {
        @Override
        public String getPattern() {
            return text;
        }

        @Override
        public Step getStep() {
            return this;
        }

        @Override
        public List<io.cucumber.plugin.event.Argument> getDefinitionArgument() {
            return List.of();
        }

        @Override
        public StepArgument getStepArgument() {
            return null;
        }

        @Override
        public int getStepLine() {
            return line;
        }

        @Override
        public URI getUri() {
            return URI.create("file:///nowhere/features/synthetic.feature");
        }

        @Override
        public String getStepText() {
            return text;
        }

        @Override
        public String getCodeLocation() {
            return "SyntheticSteps.step()";
        }

        @Override
        public UUID getId() {
            return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StepArgument getArgument() {
            return null;
        }

        @Override
        public String getKeyword() {
            return "";
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public int getLine() {
            return line;
        }

        @Override
        public Location getLocation() {
            return new Location(line, 5);
        }
    }
}
