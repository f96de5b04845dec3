package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Compares this run's normalised calls with a snapshot's, call by call: method and path (so the
 * placeholders in it: the same id where the snapshot had the same id), status, error code, and in the
 * body the keys, the JSON types and every numbered placeholder. Other values (names, dates, counts)
 * may differ between two runs and are not compared. An array is compared by the keys and types of its
 * first item only: the order of a list, and what else a tenant holds, differ between two tenants.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * The calls are first aligned on their longest common subsequence (method and path, placeholders
     * included), so that a call one side made and the other did not shows as that one call, made or
     * missing, and the calls after it are still compared pair by pair: a scenario whose setup differs
     * (an emulator seeding its customers, a retried call) is compared on everything else.
     */
    public static List<Difference> of(List<Exchange> snapshot, List<Exchange> here) {
        int n = snapshot.size();
        int m = here.size();
        // common[i][j]: length of the longest common subsequence of snapshot[i..] and here[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = snapshot.get(i).call().equals(here.get(j).call()) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Difference> differences = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            boolean sameCall = i < n && j < m && snapshot.get(i).call().equals(here.get(j).call());
            // of two equal calls, pair those with the same status, unless skipping either side would
            // lose a pair: the one refused create after 75 made is compared with the snapshot's refused one
            if (sameCall && (snapshot.get(i).status() == here.get(j).status()
                    || common[i + 1][j] < common[i][j] && common[i][j + 1] < common[i][j])) {
                compare(snapshot.get(i++), here.get(j++), differences);
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                differences.add(new Difference(snapshot.get(i).call(), "calls", "made", Difference.MISSING));
                i++;
            } else {
                differences.add(new Difference(here.get(j).call(), "calls", Difference.MISSING, "made"));
                j++;
            }
        }
        return differences;
    }

    private static void compare(Exchange was, Exchange now, List<Difference> differences) {
        if (was.status() != now.status()) {
            differences.add(new Difference(was.call(), "status", "" + was.status(), "" + now.status()));
        }
        if (!Objects.equals(was.errorCode(), now.errorCode())) {
            differences.add(new Difference(was.call(), "errorCode", text(was.errorCode()), text(now.errorCode())));
        }
        body(was.call(), "$", was.body(), now.body(), true, differences);
    }

    /** {@code placeholders}: whether numbered placeholders must be equal here (not inside a list). */
    private static void body(String call, String path, JsonNode was, JsonNode now, boolean placeholders,
                             List<Difference> differences) {
        boolean wasEmpty = was == null || was.isMissingNode();
        boolean nowEmpty = now == null || now.isMissingNode();
        if (wasEmpty || nowEmpty) {
            if (wasEmpty != nowEmpty) {
                differences.add(new Difference(call, path, wasEmpty ? Difference.MISSING : JsonShape.type(was),
                        nowEmpty ? Difference.MISSING : JsonShape.type(now)));
            }
            return;
        }
        if (!JsonShape.type(was).equals(JsonShape.type(now))) {
            differences.add(new Difference(call, path, JsonShape.type(was), JsonShape.type(now)));
            return;
        }
        if (was.isObject()) {
            for (Iterator<String> names = was.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = path + "." + name;
                if (!now.has(name)) {
                    differences.add(new Difference(call, child, JsonShape.type(was.get(name)), Difference.MISSING));
                } else {
                    body(call, child, was.get(name), now.get(name), placeholders, differences);
                }
            }
            for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!was.has(name)) {
                    differences.add(new Difference(call, path + "." + name, Difference.MISSING, JsonShape.type(now.get(name))));
                }
            }
        } else if (was.isArray()) {
            if (!was.isEmpty() && !now.isEmpty()) {
                body(call, path + "[0]", was.get(0), now.get(0), false, differences);
            }
        } else if (placeholders && was.isTextual() && Normaliser.isNumberedPlaceholder(was.asText())
                && !was.asText().equals(now.asText())) {
            differences.add(new Difference(call, path, was.asText(), now.asText()));
        }
    }


    private static String text(Integer code) {
        return code == null ? "none" : code.toString();
    }
}
