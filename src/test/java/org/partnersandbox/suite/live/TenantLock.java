package org.partnersandbox.suite.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.partnersandbox.suite.config.ConfigurationException;

/**
 * One live run per sandbox tenant at a time (on this machine): {@code <ledgerDir>/locks/<tenant>.lock},
 * held with an operating-system file lock for the whole run, with the owner's pid, run id and start
 * time inside for the refusal message. The operating system releases the lock when the owner dies,
 * however it dies, so a lock file left by a killed run is stale and simply taken over. Runs on
 * different machines must be serialised by the CI (the example workflow's {@code concurrency} group).
 */
public final class TenantLock implements AutoCloseable {

    private final List<FileChannel> channels;
    private final List<FileLock> locks;

    private TenantLock(List<FileChannel> channels, List<FileLock> locks) {
        this.channels = channels;
        this.locks = locks;
    }

    /** Locks every tenant (in a fixed order), or refuses in one line naming the run that holds one. */
    public static TenantLock acquire(Path ledgerDir, Collection<String> tenants, String runId) {
        Path dir = ledgerDir.resolve("locks");
        List<FileChannel> channels = new ArrayList<>();
        List<FileLock> locks = new ArrayList<>();
        TenantLock held = new TenantLock(channels, locks);
        try {
            Files.createDirectories(dir);
            for (String tenant : new TreeSet<>(tenants.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())) {
                Path file = dir.resolve(tenant + ".lock");
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException sameJvm) {
                    lock = null;
                }
                if (lock == null) {
                    String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
                    channel.close();
                    held.close();
                    throw new ConfigurationException("another live run is in progress on tenant " + tenant + " ("
                            + (owner.isEmpty() ? "owner unknown" : owner) + "); wait for it to finish, lock " + file);
                }
                channels.add(channel);
                locks.add(lock);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", run " + runId
                        + ", since " + Instant.now()).getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
            }
            return held;
        } catch (IOException e) {
            held.close();
            throw new UncheckedIOException("cannot lock the tenants in " + dir, e);
        }
    }

    @Override
    public void close() {
        for (FileLock lock : locks) {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel's close below releases it too
            }
        }
        for (FileChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do: the process ending releases it
            }
        }
        locks.clear();
        channels.clear();
    }
}
