package org.partnersandbox.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.partnersandbox.parity.Exchange;
import org.partnersandbox.parity.RunParity;
import org.partnersandbox.parity.ScenarioParity;

/**
 * Collects what happens to each test case: its first failing step, the calls the suite attached
 * and how it ended. Scenarios may run in parallel, so state is kept per test case id.
 */
final class ScenarioRecorder {

    static final String NOT_RUN_PREFIX = "not-run: ";
    /** What a scenario's refusals answered where the pages give no code: a JSON array of "status code". */
    static final String OBSERVATIONS_MEDIA_TYPE = "application/x.partnersandbox.observations+json";
    private static final int MAX_MESSAGE = 4000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path workingDirectory;
    private final RunParity parity;
    private final Map<UUID, InFlight> inFlight = new ConcurrentHashMap<>();
    private final List<ExecutedScenario> finished = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    ScenarioRecorder(Path workingDirectory, RunParity parity) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.parity = parity;
    }

    void stepFinished(TestCase testCase, TestStep step, Result result) {
        Status status = result.getStatus();
        if (status == Status.PASSED || status == Status.UNUSED) {
            return;
        }
        InFlight state = state(testCase);
        synchronized (state) {
            if (state.failingStep == null && (status != Status.SKIPPED || result.getError() != null)) {
                state.failingStep = describe(step);
                state.stepError = result.getError();
            }
        }
    }

    void attached(TestCase testCase, String mediaType, byte[] data) {
        if (OBSERVATIONS_MEDIA_TYPE.equals(mediaType)) {
            observed(testCase, data);
            return;
        }
        if (!RecordedCall.MEDIA_TYPE.equals(mediaType)) {
            return;
        }
        try {
            RecordedCall[] calls = JSON.readValue(data, RecordedCall[].class);
            InFlight state = state(testCase);
            synchronized (state) {
                Arrays.stream(calls).map(ScenarioRecorder::masked).forEach(state.calls::add);
                Arrays.stream(calls).map(ScenarioRecorder::exchange).forEach(state.exchanges::add);
            }
        } catch (IOException e) {
            warnings.add("calls attached to '" + testCase.getName() + "' are not a JSON array of calls: "
                    + (e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage()));
        }
    }

    private void observed(TestCase testCase, byte[] data) {
        try {
            String[] sentences = JSON.readValue(data, String[].class);
            InFlight state = state(testCase);
            synchronized (state) {
                Arrays.stream(sentences).map(SecretMasker::mask).forEach(state.observations::add);
            }
        } catch (IOException e) {
            warnings.add("observations attached to '" + testCase.getName() + "' are not a JSON array of text: "
                    + (e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage()));
        }
    }

    void finished(TestCase testCase, Result result) {
        InFlight state = inFlight.remove(testCase.getId());
        if (state == null) {
            state = new InFlight();
        }
        Throwable error = result.getError() != null ? result.getError() : state.stepError;
        String status = result.getStatus().name().toLowerCase(Locale.ROOT);
        String message = error == null ? null : messageOf(error);
        if (result.getStatus() == Status.SKIPPED && message != null && message.startsWith(NOT_RUN_PREFIX)) {
            status = ScenarioResult.NOT_RUN;
            message = message.substring(NOT_RUN_PREFIX.length()).strip();
        } else if (result.getStatus() == Status.UNDEFINED && message == null) {
            message = "a step has no step definition";
        } else if (result.getStatus() == Status.SKIPPED && message == null) {
            message = "skipped without a reason";
        }
        List<RecordedCall> calls;
        List<Exchange> exchanges;
        List<String> observations;
        String failingStep;
        synchronized (state) {
            calls = List.copyOf(state.calls);
            exchanges = List.copyOf(state.exchanges);
            observations = List.copyOf(state.observations);
            failingStep = result.getStatus() == Status.PASSED ? null : state.failingStep;
        }
        String uri = relative(testCase.getUri());
        int line = testCase.getLocation() == null ? 0 : testCase.getLocation().getLine();
        // a scenario that did not run made no calls worth comparing
        boolean ran = result.getStatus() == Status.PASSED || result.getStatus() == Status.FAILED;
        ScenarioParity scenarioParity = ran
                ? parity.judge(uri, testCase.getName(), line, result.getStatus() == Status.PASSED, exchanges)
                : null;
        ScenarioResult scenario = new ScenarioResult(
                SecretMasker.mask(testCase.getName()),
                uri,
                line,
                status,
                result.getDuration() == null ? 0 : result.getDuration().toMillis(),
                SecretMasker.mask(failingStep),
                SecretMasker.mask(message),
                calls,
                observations,
                scenarioParity);
        finished.add(new ExecutedScenario(CapabilityTags.idsIn(testCase.getTags()), scenario));
    }

    List<ExecutedScenario> scenarios() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    private InFlight state(TestCase testCase) {
        return inFlight.computeIfAbsent(testCase.getId(), id -> new InFlight());
    }

    private String relative(URI uri) {
        if (uri == null) {
            return "";
        }
        if ("file".equals(uri.getScheme())) {
            Path path = Path.of(uri).toAbsolutePath().normalize();
            if (path.startsWith(workingDirectory)) {
                return workingDirectory.relativize(path).toString().replace('\\', '/');
            }
            return path.toString();
        }
        return uri.toString();
    }

    private static String describe(TestStep step) {
        if (step instanceof PickleStepTestStep pickleStep) {
            return pickleStep.getStep().getKeyword() + pickleStep.getStep().getText()
                    + " (line " + pickleStep.getStep().getLine() + ")";
        }
        if (step instanceof HookTestStep hook) {
            return hook.getHookType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " hook "
                    + hook.getCodeLocation();
        }
        return step.getCodeLocation();
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        String text;
        if (message == null || message.isBlank()) {
            text = error.getClass().getName();
        } else if (error instanceof AssertionError || message.startsWith(NOT_RUN_PREFIX)) {
            text = message.strip();
        } else {
            text = error.getClass().getSimpleName() + ": " + message.strip();
        }
        // mask before cutting: a secret cut in half would no longer match the masking rules
        text = SecretMasker.mask(text);
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + " [...]";
    }

    /** As the report shows it: path masked, body left out (the parity check has it). */
    private static RecordedCall masked(RecordedCall call) {
        return new RecordedCall(call.method(), SecretMasker.mask(call.path()), call.status(),
                call.requestId(), call.correlationId(), call.errorCode());
    }

    /** As the parity check reads it: the path and the body masked again, whatever the suite did. */
    private static Exchange exchange(RecordedCall call) {
        return new Exchange(call.method(), SecretMasker.mask(call.path()), call.status() == null ? 0 : call.status(),
                call.errorCode(), call.body());
    }

    /** A scenario and the capabilities it speaks for. */
    record ExecutedScenario(List<String> capabilityIds, ScenarioResult result) {
    }

    private static final class InFlight {
        private String failingStep;
        private Throwable stepError;
        private final List<RecordedCall> calls = new ArrayList<>();
        private final List<Exchange> exchanges = new ArrayList<>();
        private final List<String> observations = new ArrayList<>();
    }
}
