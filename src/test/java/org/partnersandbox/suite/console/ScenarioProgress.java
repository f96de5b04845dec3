package org.partnersandbox.suite.console;

import io.cucumber.core.plugin.PrettyFormatter;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.config.TargetParallelism;
import org.partnersandbox.suite.hooks.ScenarioHooks;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The console of a run: one line per finished scenario with a running count, so that scenarios run
 * in parallel do not interleave their steps; a failed scenario's steps, error and last HTTP
 * exchanges printed together, once; a line within every {@value #QUIET_SECONDS} s, naming the
 * longest-running scenario (a live run's 30-second settles and throttle waits), or saying that the
 * run opens or closes (a live run's sign-ins and janitor).
 * Every line says how long the run has taken and, once a scenario is done and the total is known,
 * about how long is left (the time per scenario so far, times the scenarios still to come).
 * Cucumber's pretty output is added with {@code sandbox.console=pretty}, the default when scenarios
 * run one at a time (their steps cannot interleave then).
 */
public final class ScenarioProgress implements ConcurrentEventListener {

    public static final String CONSOLE = "sandbox.console";
    static final int QUIET_SECONDS = 10;
    /** How often the heartbeat looks; it speaks this much before the quiet time is up, so that no silence reaches it. */
    private static final long TICK_MILLIS = 250;
    private static final int EXCHANGES_SHOWN = 6;

    private final PrintStream out;
    private final Clock clock;
    private final boolean pretty;
    private final boolean withHeartbeat;
    /** The scenarios the run will execute, 0 while unknown ({@link ScenarioTotal}). */
    private final IntSupplier total;
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    private final Map<Status, AtomicInteger> outcomes = new EnumMap<>(Status.class);
    private final AtomicInteger done = new AtomicInteger();
    private volatile Instant runStarted;
    private volatile Instant lastPrinted;
    private ScheduledExecutorService heartbeat;

    public ScenarioProgress() {
        this(System.out, Clock.systemUTC(), prettyWanted(), true, ScenarioTotal::total);
    }

    /** {@code withHeartbeat}: false in tests, which call {@link #remindIfQuiet} themselves. */
    ScenarioProgress(PrintStream out, Clock clock, boolean pretty, boolean withHeartbeat, IntSupplier total) {
        this.out = out;
        this.clock = clock;
        this.pretty = pretty;
        this.withHeartbeat = withHeartbeat;
        this.total = total;
        for (Status status : Status.values()) {
            outcomes.put(status, new AtomicInteger());
        }
    }

    private static boolean prettyWanted() {
        String console = Optional.ofNullable(System.getProperty(CONSOLE))
                .or(() -> Optional.ofNullable(System.getenv(SuiteConfig.environmentName(CONSOLE))))
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("");
        return switch (console) {
            case "pretty" -> true;
            case "progress" -> false;
            case "" -> TargetParallelism.scenariosAtOnce() == 1;
            default -> throw new IllegalArgumentException("set " + CONSOLE + " (or " + SuiteConfig.environmentName(CONSOLE)
                    + ") to progress or pretty; got '" + console + "'");
        };
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (pretty) {
            new PrettyFormatter(out).setEventPublisher(publisher);
        }
        publisher.registerHandlerFor(TestRunStarted.class, event -> started());
        publisher.registerHandlerFor(TestCaseStarted.class, event ->
                running.put(event.getTestCase().getId(), new Running(event.getTestCase(), clock.instant())));
        publisher.registerHandlerFor(TestStepStarted.class, event -> {
            Running scenario = running.get(event.getTestCase().getId());
            if (scenario != null && event.getTestStep() instanceof PickleStepTestStep step) {
                scenario.step(step.getStep().getKeyword() + step.getStep().getText(), clock.instant());
            }
        });
        publisher.registerHandlerFor(TestStepFinished.class, event -> {
            Running scenario = running.get(event.getTestCase().getId());
            if (scenario != null && event.getTestStep() instanceof PickleStepTestStep step) {
                scenario.finishedSteps.add(String.format("    %-8s %s%s", event.getResult().getStatus().name().toLowerCase(Locale.ROOT),
                        step.getStep().getKeyword(), step.getStep().getText()));
            }
        });
        publisher.registerHandlerFor(EmbedEvent.class, event -> {
            Running scenario = running.get(event.getTestCase().getId());
            if (scenario != null && ScenarioHooks.TRANSCRIPT_NAME.equals(event.getName())) {
                scenario.transcript = new String(event.getData(), StandardCharsets.UTF_8);
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::ended);
    }

    private void started() {
        runStarted = clock.instant();
        lastPrinted = runStarted;
        if (!withHeartbeat) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scenario-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::remindIfQuiet, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void finished(TestCaseFinished event) {
        Running scenario = running.remove(event.getTestCase().getId());
        Status status = event.getResult().getStatus();
        outcomes.get(status).incrementAndGet();
        int doneNow = done.incrementAndGet();
        int scenarios = total.getAsInt();
        Duration waited = scenario == null ? Duration.ZERO : scenario.waited();
        StringBuilder text = new StringBuilder(line(doneNow, scenarios, status,
                capability(event.getTestCase()), event.getTestCase().getName(), event.getResult().getDuration().minus(waited)))
                .append("  [").append(waited.toMillis() >= 1000 ? "waited " + elapsed(Instant.EPOCH, Instant.EPOCH.plus(waited)) + " to start; " : "")
                .append(timeSoFar(doneNow, scenarios, clock.instant())).append(']');
        Throwable error = event.getResult().getError();
        if (status == Status.SKIPPED && error != null && String.valueOf(error.getMessage()).startsWith(NotRun.PREFIX)) {
            text.append("\n    ").append(error.getMessage());
        }
        if (status == Status.FAILED && scenario != null) {
            text.append('\n').append(String.join("\n", scenario.finishedSteps));
            if (error != null) {
                text.append("\n    ").append(String.valueOf(error.getMessage()).replace("\n", "\n    "));
            }
            if (scenario.transcript != null) {
                text.append('\n').append(TranscriptTail.of(scenario.transcript, EXCHANGES_SHOWN));
            }
        }
        print(text.toString());
    }

    private void ended(TestRunFinished event) {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        Throwable stopped = event.getResult().getError();
        if (stopped != null && !pretty) {
            // what stopped the run before its scenarios (a configuration error, another live run on the tenant);
            // the pretty console prints it itself
            print(String.valueOf(stopped.getMessage()));
        }
        print(String.format("scenarios: %d passed, %d failed, %d not run, in %s", outcomes.get(Status.PASSED).get(),
                outcomes.get(Status.FAILED).get() + outcomes.get(Status.UNDEFINED).get() + outcomes.get(Status.AMBIGUOUS).get(),
                outcomes.get(Status.SKIPPED).get() + outcomes.get(Status.PENDING).get(), elapsed(runStarted, clock.instant())));
    }

    /**
     * Called every {@value #TICK_MILLIS} ms; prints only when nothing was printed for nearly
     * {@value #QUIET_SECONDS} s (one tick and a half less, so that a line comes within every {@value #QUIET_SECONDS} s).
     */
    void remindIfQuiet() {
        Instant now = clock.instant();
        if (runStarted == null || Duration.between(lastPrinted, now).toMillis() < QUIET_SECONDS * 1000L - 3 * TICK_MILLIS / 2) {
            return;
        }
        int scenarios = total.getAsInt();
        int doneNow = done.get();
        long stepping = running.values().stream().filter(Running::stepping).count();
        long waiting = running.size() - stepping;
        String head = String.format("  ... %d%s done, %d running%s, %s", doneNow, scenarios > 0 ? "/" + scenarios : "", stepping,
                waiting > 0 ? ", " + waiting + " waiting to start" : "", timeSoFar(doneNow, scenarios, now));
        Running longest = running.values().stream().filter(Running::stepping).min(Comparator.comparing(r -> r.firstStepStarted)).orElse(null);
        if (longest == null && waiting > 0) {
            print(head + "; no scenario has started its steps yet");
            return;
        }
        if (longest == null) {
            // a live run opens (sign-ins, the janitor) before its first scenario and closes after its last
            print(head + "; no scenario running: the run " + (doneNow == 0 ? "opens" : "is between scenarios or closes"));
            return;
        }
        print(String.format("%s; longest: '%s' for %s%s", head, longest.testCase.getName(),
                elapsed(longest.firstStepStarted, now), longest.currentStep == null ? ""
                        : ", at \"" + longest.currentStep + "\" for " + elapsed(longest.stepStarted, now)));
    }


    static String line(int done, int total, Status status, String capability, String name, Duration duration) {
        String count = total > 0 ? done + "/" + total : String.valueOf(done);
        String outcome = switch (status) {
            case PASSED -> "passed";
            case SKIPPED, PENDING -> "not run";
            default -> "FAILED";
        };
        return String.format("%9s  %-7s  %-6s %s (%.1f s)", count, outcome, capability, name, duration.toMillis() / 1000.0);
    }

    /** "2m10s elapsed, about 1m05s left"; no estimate before the first scenario is done or while the total is unknown. */
    String timeSoFar(int doneNow, int scenarios, Instant now) {
        String elapsed = elapsed(runStarted, now) + " elapsed";
        if (runStarted == null || doneNow == 0 || scenarios <= doneNow) {
            return elapsed;
        }
        long millis = Duration.between(runStarted, now).toMillis();
        Instant end = now.plusMillis(millis * (scenarios - doneNow) / doneNow);
        return elapsed + ", about " + elapsed(now, end) + " left";
    }

    static String capability(TestCase testCase) {
        return testCase.getTags().stream().filter(tag -> tag.startsWith("@cap:")).map(tag -> tag.substring(5))
                .findFirst().orElse("-");
    }

    static String elapsed(Instant from, Instant to) {
        long seconds = from == null ? 0 : Duration.between(from, to).getSeconds();
        return seconds >= 60 ? seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }

    private synchronized void print(String text) {
        out.println(text);
        out.flush();
        lastPrinted = clock.instant();
    }

    /** A scenario between its start and its end, as far as the console needs it. */
    private static final class Running {
        final TestCase testCase;
        final Instant started;
        final List<String> finishedSteps = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile String currentStep;
        volatile Instant stepStarted;
        volatile Instant firstStepStarted;
        volatile String transcript;

        Running(TestCase testCase, Instant started) {
            this.testCase = testCase;
            this.started = started;
        }

        void step(String text, Instant at) {
            currentStep = text;
            stepStarted = at;
            if (firstStepStarted == null) {
                firstStepStarted = at;
            }
        }

        /** Started steps: before its first step a scenario waits for its start (a place, the live counts and slots). */
        boolean stepping() {
            return firstStepStarted != null;
        }

        /** How long it waited for its start, from its start to its first step. */
        Duration waited() {
            return firstStepStarted == null ? Duration.ZERO : Duration.between(started, firstStepStarted);
        }
    }
}
