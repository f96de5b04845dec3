package org.partnersandbox.suite.janitor;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run's record on disk of what it created and removed: {@code <ledgerDir>/<run-id>.jsonl}, one
 * {@link LedgerEntry} per line, each line written and forced to disk before the next call. It is a
 * write-ahead log: the intent of a create is on disk before the request is sent, and its answer (the
 * resource created, or nothing) after, so that a run killed at any point, even between sending a
 * create and hearing its answer, leaves the next run's janitor a name to look up. A ledger with
 * nothing outstanding and no unanswered intent moves to {@code <ledgerDir>/closed/}.
 */
public final class RunLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String runId;
    /** This process's creations, by resource key: what the watch may add to (subscriptions of its orders). */
    private final Map<String, LedgerEntry> recorded = new HashMap<>();
    /** Resource keys this process marked removed. */
    private final java.util.Set<String> gone = new java.util.HashSet<>();
    private final java.util.concurrent.atomic.AtomicLong intents = new java.util.concurrent.atomic.AtomicLong();

    /** This process's own run's ledger (not an earlier run's, which the janitor writes to): kill points apply to it. */
    private final boolean own;

    private RunLedger(Path file, String runId, boolean own) {
        this.file = file;
        this.runId = runId;
        this.own = own;
    }

    public static RunLedger open(Path ledgerDir, String runId) {
        try {
            Files.createDirectories(ledgerDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger directory " + ledgerDir, e);
        }
        return new RunLedger(ledgerDir.resolve(runId + ".jsonl"), runId, true);
    }

    /** An earlier run's ledger, to finish its cleanup. */
    public static RunLedger existing(Path file) {
        String name = file.getFileName().toString();
        return new RunLedger(file, name.substring(0, name.length() - ".jsonl".length()), false);
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
        created(kind, id, customerId, null, null, null, name, ownerRole, ownerTenant);
    }

    /**
     * Before a create is sent: what the suite asks for, under a name it can be found by. Returns the
     * intent's id, which the line of its answer repeats.
     *
     * @param name       an indirect reseller's domain prefix, a customer's company name; null for an order
     * @param domain     a customer's domain
     * @param customerId the customer an order is for
     */
    public synchronized String intend(ResourceKind kind, String name, String domain, String customerId, String ownerRole,
                                      String ownerTenant, String requestId) {
        String intent = runId + "-" + intents.incrementAndGet();
        append(new LedgerEntry(LedgerEntry.INTENT, kind.key(), null, customerId, null, null, null, blankToNull(name),
                ownerRole, ownerTenant, runId, Instant.now().toString(), blankToNull(domain), requestId, intent, null));
        return intent;
    }

    /** The create of {@code intent} was answered with {@code id}: the resource, as {@link #created} records it, naming its intent. */
    public synchronized void confirmed(String intent, ResourceKind kind, String id, String customerId, String offerId, String name,
                                       String ownerRole, String ownerTenant) {
        LedgerEntry entry = new LedgerEntry(LedgerEntry.CREATED, kind.key(), id, customerId, null, offerId, null, blankToNull(name),
                ownerRole, ownerTenant, runId, Instant.now().toString(), null, null, intent, null);
        if (!gone.contains(entry.resourceKey())) {
            recorded.putIfAbsent(entry.resourceKey(), entry);
        }
        append(entry); // even for a replayed create that names a resource already recorded: the intent is answered
    }

    /** The create of {@code intent} created nothing (refused): {@code why} says so. */
    public synchronized void resolved(String intent, ResourceKind kind, String why) {
        append(new LedgerEntry(LedgerEntry.RESOLVED, kind.key(), null, null, null, null, null, null, null, null, runId,
                Instant.now().toString(), null, null, intent, why));
    }

    /** Closes an earlier run's intent: its resource was found by name (then removed as any other), or nothing was. */
    public synchronized LedgerEntry found(LedgerEntry intent, String resourceId, String finderRunId) {
        LedgerEntry created = intent.foundAs(resourceId, finderRunId, Instant.now().toString());
        append(created);
        return created;
    }

    public synchronized void resolved(LedgerEntry intent, String why, String resolverRunId) {
        append(intent.resolvedNow(why, resolverRunId, Instant.now().toString()));
    }

    /**
     * Records a creation once: a resource this ledger already recorded (a subscription seen again in a
     * list, a replayed create) is not written again, unless the answer now shows its product type,
     * which the first record lacked: then a second {@code created} line carries it (the last line of a
     * resource is the one that counts). True when a line was written.
     */
    public synchronized boolean created(ResourceKind kind, String id, String customerId, String orderId, String offerId,
                                        String productType, String name, String ownerRole, String ownerTenant) {
        LedgerEntry entry = new LedgerEntry(LedgerEntry.CREATED, kind.key(), id, customerId, orderId, offerId, productType,
                name, ownerRole, ownerTenant, runId, Instant.now().toString());
        LedgerEntry earlier = recorded.get(entry.resourceKey());
        if (gone.contains(entry.resourceKey())) {
            return false; // a removed resource still read (a suspended subscription) is not created again
        }
        if (earlier != null) {
            if (earlier.productType() != null || productType == null) {
                return false;
            }
            entry = new LedgerEntry(LedgerEntry.CREATED, earlier.kind(), id, customerId, earlier.orderId(),
                    earlier.offerId() == null ? offerId : earlier.offerId(), productType, earlier.name(), earlier.ownerRole(),
                    earlier.ownerTenant(), runId, entry.at());
        }
        recorded.put(entry.resourceKey(), entry);
        append(entry);
        return true;
    }

    /** What this ledger recorded as created, in this process (removed or not). */
    public synchronized Optional<LedgerEntry> recorded(ResourceKind kind, String customerId, String id) {
        return Optional.ofNullable(recorded.get(LedgerEntry.key(kind, customerId, id)));
    }

    /**
     * This run removed a resource it created. A removal of anything else (the janitor's, of an earlier
     * run's leftovers, which it marks in that run's ledger) is not this ledger's business: nothing is written.
     */
    public synchronized void removed(ResourceKind kind, String id, String customerId) {
        if (!recorded.containsKey(LedgerEntry.key(kind, customerId, id))) {
            return;
        }
        append(new LedgerEntry(LedgerEntry.REMOVED, kind.key(), id, customerId, null, null, null, null, null, null, runId,
                Instant.now().toString()));
    }

    /** Marks an earlier entry removed (the janitor, on an earlier run's ledger). */
    public synchronized void removed(LedgerEntry created, String removerRunId) {
        append(created.removedNow(removerRunId, Instant.now().toString()));
    }

    /**
     * A deleted customer takes its orders and subscriptions with it: whatever of it is outstanding
     * here is marked removed too.
     */
    public synchronized void removedWithCustomer(String customerId) {
        for (LedgerEntry entry : outstanding()) {
            if (customerId.equals(entry.customerId())) {
                append(entry.removedNow(runId, Instant.now().toString()));
            }
        }
    }

    /** A cancelled order's subscriptions are deleted with it. */
    public synchronized void removedWithOrder(String customerId, String orderId) {
        for (LedgerEntry entry : outstanding()) {
            if (ResourceKind.SUBSCRIPTION.key().equals(entry.kind()) && customerId.equals(entry.customerId())
                    && orderId.equals(entry.orderId())) {
                append(entry.removedNow(runId, Instant.now().toString()));
            }
        }
    }

    /** What was created and not removed, newest first. */
    public synchronized List<LedgerEntry> outstanding() {
        Map<String, LedgerEntry> open = new LinkedHashMap<>();
        for (LedgerEntry entry : lines()) {
            if (LedgerEntry.CREATED.equals(entry.event())) {
                open.put(entry.resourceKey(), entry);
            } else if (LedgerEntry.REMOVED.equals(entry.event())) {
                open.remove(entry.resourceKey());
            }
        }
        List<LedgerEntry> newestFirst = new ArrayList<>(open.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Whether this ledger marks that resource removed (by its run, or by a janitor). */
    public synchronized boolean wasRemoved(ResourceKind kind, String customerId, String id) {
        String key = LedgerEntry.key(kind, customerId, id);
        return lines().stream().anyMatch(e -> LedgerEntry.REMOVED.equals(e.event()) && key.equals(e.resourceKey()));
    }

    /** Intents no line answers (the run ended between writing one and hearing the answer), oldest first. */
    public synchronized List<LedgerEntry> unconfirmed() {
        Map<String, LedgerEntry> open = new LinkedHashMap<>();
        for (LedgerEntry entry : lines()) {
            if (entry.intent() == null) {
                continue;
            }
            if (LedgerEntry.INTENT.equals(entry.event())) {
                open.put(entry.intent(), entry);
            } else if (LedgerEntry.CREATED.equals(entry.event()) || LedgerEntry.RESOLVED.equals(entry.event())) {
                open.remove(entry.intent());
            }
        }
        return List.copyOf(open.values());
    }

    private List<LedgerEntry> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<LedgerEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(JSON.readValue(line, LedgerEntry.class));
                } catch (IOException torn) {
                    // a line cut short by a kill: the write before it is complete
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + file, e);
        }
        return entries;
    }

    /** Moves the ledger to {@code closed/} when nothing is outstanding and every intent is answered; true when it did. */
    public synchronized boolean closeIfClean() {
        if (!outstanding().isEmpty() || !unconfirmed().isEmpty() || !Files.exists(file)) {
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
        if (LedgerEntry.REMOVED.equals(entry.event())) {
            gone.add(entry.resourceKey());
        }
        KillPoint kill = own ? KillPoint.armed() : KillPoint.parse(null);
        kill.beforeLine(entry);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger " + file, e);
        }
        kill.afterLine(entry);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
