package org.partnersandbox.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The longest silence of a run's console: the run's output file is read every {@value #POLL_MS} ms,
 * each new line noted with when it appeared, and the longest time between two lines kept with the
 * line before it.
 */
final class ConsoleGaps {

    static final long POLL_MS = 50;

    private final Path file;
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "console-gaps");
        thread.setDaemon(true);
        return thread;
    });
    private final StringBuilder partial = new StringBuilder();
    private long offset;
    private long lastLineNanos = -1;
    private String lastLine = "";
    private long longestNanos;
    private String after = "-";

    private ConsoleGaps(Path file) {
        this.file = file;
    }

    static ConsoleGaps watch(Path file) {
        ConsoleGaps gaps = new ConsoleGaps(file);
        gaps.reader.scheduleWithFixedDelay(gaps::readNewLines, 0, POLL_MS, TimeUnit.MILLISECONDS);
        return gaps;
    }

    private synchronized void readNewLines() {
        try {
            if (!Files.exists(file) || Files.size(file) <= offset) {
                return;
            }
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(offset);
                byte[] bytes = new byte[(int) (in.length() - offset)];
                in.readFully(bytes);
                offset += bytes.length;
                partial.append(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow " + file, e);
        }
        long now = System.nanoTime();
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, newline), now);
            partial.delete(0, newline + 1);
        }
    }

    private void line(String text, long at) {
        if (lastLineNanos >= 0 && at - lastLineNanos > longestNanos) {
            longestNanos = at - lastLineNanos;
            after = lastLine.strip();
        }
        lastLineNanos = at;
        lastLine = text;
    }

    /** After the run has ended: stops following and reads the lines written since the last read. */
    void stop() throws InterruptedException {
        reader.shutdown();
        reader.awaitTermination(10, TimeUnit.SECONDS);
        readNewLines();
    }

    synchronized double longestSeconds() {
        return longestNanos / 1e9;
    }

    synchronized String after() {
        return after.length() > 80 ? after.substring(0, 80) + "…" : after;
    }
}
