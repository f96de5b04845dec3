package org.partnersandbox.suite.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every HTTP exchange of one scenario, already masked, kept to be printed only if the scenario
 * fails: a passing run stays quiet, a failing one shows what was said.
 */
public final class Transcript {

    private final List<String> exchanges = Collections.synchronizedList(new ArrayList<>());

    /** {@code exchange} must already be masked ({@link SecretMask}). */
    public void add(String exchange) {
        exchanges.add(exchange);
    }

    public boolean isEmpty() {
        return exchanges.isEmpty();
    }

    @Override
    public String toString() {
        synchronized (exchanges) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < exchanges.size(); i++) {
                out.append("---- HTTP exchange ").append(i + 1).append(" of ").append(exchanges.size()).append(" ----\n")
                        .append(exchanges.get(i)).append('\n');
            }
            return out.toString();
        }
    }
}
