package org.partnersandbox.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of earlier runs' capabilities.json, one timestamped file per run, so that a nightly
 * job can show how each capability has been doing and since when it has been failing.
 */
final class RunHistory {

    static final int RUNS_SHOWN = 14;
    /** How far back "failing since" looks; files beyond that are not read. */
    static final int RUNS_READ = 100;

    private final Path directory;

    RunHistory(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Earlier runs on this target, oldest first. Unreadable files are skipped and named in warnings. */
    List<RunSnapshot> earlierRuns(String target, List<String> warnings) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing
                    .filter(file -> file.getFileName().toString().startsWith(filePrefix(target)))
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        List<RunSnapshot> runs = new ArrayList<>();
        for (Path file : files.subList(Math.max(0, files.size() - RUNS_READ), files.size())) {
            try {
                RunSnapshot run = RunSnapshot.read(file);
                if (target.equals(run.run().target())) {
                    runs.add(run);
                }
            } catch (IOException e) {
                warnings.add("history: skipped " + file.getFileName() + ": " + e.getMessage());
            }
        }
        runs.sort(Comparator.comparing(RunSnapshot::startedAt));
        return runs;
    }

    /** Stores this run as capabilities-&lt;target&gt;-&lt;start time&gt;.json; never overwrites. */
    Path store(CapabilityReport report, byte[] json, java.time.Instant startedAt) throws IOException {
        Files.createDirectories(directory);
        String base = filePrefix(report.run().target()) + Timestamps.forFileName(startedAt);
        Path file = directory.resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(base + "-" + n + ".json");
        }
        Files.write(file, json);
        return file;
    }

    /** Adds to each capability its outcomes in the last runs (this one last) and its failing streak. */
    static CapabilityReport withHistory(CapabilityReport current, List<RunSnapshot> earlier) {
        List<RunSnapshot> shown = earlier.subList(Math.max(0, earlier.size() - (RUNS_SHOWN - 1)), earlier.size());
        List<CapabilityResult> capabilities = new ArrayList<>();
        for (CapabilityResult capability : current.capabilities()) {
            List<CapabilityHistory.PastOutcome> recent = new ArrayList<>();
            for (RunSnapshot run : shown) {
                CapabilityResult then = run.capabilities().get(capability.id());
                recent.add(new CapabilityHistory.PastOutcome(run.run().startedAt(),
                        then == null ? null : then.outcome().label(), run.run().gitCommit()));
            }
            recent.add(new CapabilityHistory.PastOutcome(current.run().startedAt(), capability.outcome().label(),
                    current.run().gitCommit()));
            String failingSince = null;
            int streak = 0;
            boolean beyond = false;
            if (capability.outcome() == Outcome.FAILED) {
                failingSince = current.run().startedAt();
                streak = 1;
                int i = earlier.size() - 1;
                for (; i >= 0; i--) {
                    CapabilityResult then = earlier.get(i).capabilities().get(capability.id());
                    if (then == null || then.outcome() != Outcome.FAILED) {
                        break;
                    }
                    failingSince = earlier.get(i).run().startedAt();
                    streak++;
                }
                beyond = i < 0 && !earlier.isEmpty();
            }
            capabilities.add(capability.withHistory(new CapabilityHistory(recent, failingSince, streak, beyond)));
        }
        return current.withCapabilities(capabilities);
    }

    private static String filePrefix(String target) {
        return "capabilities-" + (target == null ? "unknown" : target.replaceAll("[^A-Za-z0-9_.-]", "_")) + "-";
    }
}
