package org.partnersandbox.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of a stored capabilities.json that history and comparison need: which run, and the
 * outcome of each capability. Read leniently, so that older files still compare.
 */
public record RunSnapshot(Path file, RunInfo run, Map<String, CapabilityResult> capabilities) {

    public static RunSnapshot read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        CapabilityReport report;
        try {
            report = ReportJson.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file + " is not a capabilities.json: " + e.getMessage(), e);
        }
        if (report.run() == null || report.capabilities() == null) {
            throw new IOException(file + " is not a capabilities.json: no run or capabilities");
        }
        return of(file, report);
    }

    static RunSnapshot of(Path file, CapabilityReport report) {
        Map<String, CapabilityResult> byId = new LinkedHashMap<>();
        report.capabilities().forEach(capability -> byId.put(capability.id(), capability));
        return new RunSnapshot(file, report.run(), byId);
    }

    public String startedAt() {
        return run.startedAt() == null ? "" : run.startedAt();
    }

    /** "emulator, 2025-11-22 01:14 UTC, a1b2c3d" */
    public String label() {
        StringBuilder label = new StringBuilder(run.target() == null ? "?" : run.target());
        if (run.startedAt() != null) {
            label.append(", ").append(Timestamps.readable(run.startedAt()));
        }
        if (run.gitCommit() != null) {
            label.append(", ").append(run.gitCommit(), 0, Math.min(7, run.gitCommit().length()));
        }
        return label.toString();
    }
}
