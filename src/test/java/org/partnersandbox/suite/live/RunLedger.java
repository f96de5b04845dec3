package org.partnersandbox.suite.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run's record on disk of what it created and removed: {@code <ledgerDir>/<run-id>.jsonl}, one
 * {@link LedgerEntry} per line, each line written and forced to disk the moment the API confirms
 * the change, so that a run killed at any point leaves an exact list for the next run's janitor.
 * A ledger whose resources are all gone moves to {@code <ledgerDir>/closed/}.
 */
public final class RunLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String runId;

    private RunLedger(Path file, String runId) {
        this.file = file;
        this.runId = runId;
    }

    public static RunLedger open(Path ledgerDir, String runId) {
        try {
            Files.createDirectories(ledgerDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger directory " + ledgerDir, e);
        }
        return new RunLedger(ledgerDir.resolve(runId + ".jsonl"), runId);
    }

    /** An earlier run's ledger, to finish its cleanup. */
    public static RunLedger existing(Path file) {
        String name = file.getFileName().toString();
        return new RunLedger(file, name.substring(0, name.length() - ".jsonl".length()));
    }

    /** The ledgers of earlier runs that are not closed, oldest first. */
    public static List<RunLedger> open(Path ledgerDir) {
        if (!Files.isDirectory(ledgerDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ledgerDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(f -> f.toFile().lastModified()))
                    .map(RunLedger::existing)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ledger directory " + ledgerDir, e);
        }
    }

    public String runId() {
        return runId;
    }

    public Path file() {
        return file;
    }

    public synchronized void created(ResourceKind kind, String id, String customerId, String name,
                                     String ownerRole, String ownerTenant) {
        append(new LedgerEntry(LedgerEntry.CREATED, kind.key(), id, customerId, name, ownerRole, ownerTenant, runId,
                Instant.now().toString()));
    }

    public synchronized void removed(ResourceKind kind, String id, String customerId) {
        append(new LedgerEntry(LedgerEntry.REMOVED, kind.key(), id, customerId, null, null, null, runId, Instant.now().toString()));
    }

    /** Marks an earlier entry removed (the janitor, on an earlier run's ledger). */
    public synchronized void removed(LedgerEntry created, String removerRunId) {
        append(created.removedNow(removerRunId, Instant.now().toString()));
    }

    /** What was created and not removed, newest first. */
    public synchronized List<LedgerEntry> outstanding() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, LedgerEntry> open = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                LedgerEntry entry;
                try {
                    entry = JSON.readValue(line, LedgerEntry.class);
                } catch (IOException torn) {
                    continue; // a line cut short by a kill: the write before it is complete
                }
                if (LedgerEntry.CREATED.equals(entry.event())) {
                    open.put(entry.resourceKey(), entry);
                } else if (LedgerEntry.REMOVED.equals(entry.event())) {
                    open.remove(entry.resourceKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + file, e);
        }
        List<LedgerEntry> newestFirst = new ArrayList<>(open.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Moves the ledger to {@code closed/} when nothing is outstanding; true when it did. */
    public synchronized boolean closeIfClean() {
        if (!outstanding().isEmpty() || !Files.exists(file)) {
            return !Files.exists(file);
        }
        try {
            Path closed = file.resolveSibling("closed");
            Files.createDirectories(closed);
            Files.move(file, closed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the ledger " + file, e);
        }
    }

    private void append(LedgerEntry entry) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger " + file, e);
        }
    }
}
