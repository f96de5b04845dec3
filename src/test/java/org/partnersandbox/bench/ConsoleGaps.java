package org.partnersandbox.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The longest silence of a run's console: a thread follows its output file, notes when each line
 * appears (within {@value #POLL_MS} ms) and keeps the longest time between two lines, and the line
 * before it.
 */
final class ConsoleGaps {

    static final long POLL_MS = 50;

    private final Path file;
    private final Thread follower;
    private volatile boolean stopped;
    private long lastLineNanos = -1;
    private String lastLine = "";
    private long longestNanos;
    private String after = "-";

    private ConsoleGaps(Path file) {
        this.file = file;
        this.follower = new Thread(this::follow, "console-gaps");
        this.follower.setDaemon(true);
    }

    static ConsoleGaps watch(Path file) {
        ConsoleGaps gaps = new ConsoleGaps(file);
        gaps.follower.start();
        return gaps;
    }

    private void follow() {
        long offset = 0;
        StringBuilder partial = new StringBuilder();
        while (!stopped) {
            try {
                if (Files.exists(file) && Files.size(file) > offset) {
                    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                        in.seek(offset);
                        byte[] bytes = new byte[(int) (in.length() - offset)];
                        in.readFully(bytes);
                        offset += bytes.length;
                        partial.append(new String(bytes, StandardCharsets.UTF_8));
                    }
                    int newline;
                    while ((newline = partial.indexOf("\n")) >= 0) {
                        line(partial.substring(0, newline), System.nanoTime());
                        partial.delete(0, newline + 1);
                    }
                }
                Thread.sleep(POLL_MS);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void line(String text, long at) {
        if (lastLineNanos >= 0 && at - lastLineNanos > longestNanos) {
            longestNanos = at - lastLineNanos;
            after = lastLine.strip();
        }
        lastLineNanos = at;
        lastLine = text;
    }

    void stop() throws InterruptedException {
        Thread.sleep(2 * POLL_MS); // the last lines
        stopped = true;
        follower.join();
    }

    synchronized double longestSeconds() {
        return longestNanos / 1e9;
    }

    synchronized String after() {
        return after.length() > 80 ? after.substring(0, 80) + "…" : after;
    }
}
