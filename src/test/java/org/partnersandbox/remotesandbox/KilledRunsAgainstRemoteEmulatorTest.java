package org.partnersandbox.remotesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnersandbox.suite.janitor.KillPoint;

/**
 * Live runs killed at every kind of moment leave nothing behind once the janitor has run. Against
 * the emulator as a remote sandbox (its own process, HTTPS, latency, list lag), a live run of IP-01's
 * scenario (a reseller, a customer of it, a seat order: every kind of create, and the cleanup's
 * suspend and deletes) is killed ({@link KillPoint}: {@code Runtime.halt}, as {@code kill -9}) before
 * and after each kind of ledger line it writes, and 0, 70 and 200 ms after each kind of create
 * request has been sent. Each killed run is followed by the next one, whose janitor must remove
 * everything the killed run made, close its ledger and report no failure; the last by the janitor alone.
 * One kill per kind of moment, not per scenario, keeps it to a few minutes.
 */
class KilledRunsAgainstRemoteEmulatorTest {

    private static final Path WORK = Path.of("target", "kill-check");
    private static final String SCENARIO = "@cap:IP-01";
    /** Only IP-01's feature is read, and the short-lived JVMs start fast: 29 runs fit in a few minutes. */
    private static final List<String> JVM_OPTIONS = List.of("-Dcucumber.features=features/indirect-resellers/"
            + "create-indirect-reseller-in-sandbox.feature", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String SEAT = "CFQ7TTC0LH18:0001:CFQ7TTC0K971";
    private static final Pattern RUN_ID = Pattern.compile("Live run (\\S+): ledger");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every kind of ledger line IP-01's run writes, before and after; every kind of create, while in flight. */
    static final List<String> KILL_POINTS = killPoints();

    @RegisterExtension
    static final RemoteEmulator emulator = RemoteEmulator.forEachClass(WORK);

    /** All of them; {@code -DkillPoints=a,b} picks some (to reproduce one). */
    private static List<String> killPoints() {
        String chosen = System.getProperty("killPoints", "");
        if (!chosen.isBlank()) {
            return List.of(chosen.split(","));
        }
        List<String> points = new ArrayList<>();
        List<String> lines = List.of("intent:sandboxIndirectReseller", "created:sandboxIndirectReseller", "intent:customer",
                "created:customer", "intent:order", "created:order", "created:subscription", "removed:subscription",
                "removed:customer", "removed:sandboxIndirectReseller");
        for (String line : lines) {
            points.add("before:" + line);
            points.add("after:" + line);
        }
        for (String kind : List.of("sandboxIndirectReseller", "customer", "order")) {
            for (int ms : new int[] {0, 70, 200}) {
                points.add("sent:" + kind + ":" + ms);
            }
        }
        return List.copyOf(points);
    }

    private static Map<String, String> environment(JsonNode provider, Path ledgerDir) {
        Map<String, String> env = LiveTargetAgainstRemoteEmulatorTest.target(emulator, WORK);
        env.put("LIVE_LEDGERDIR", ledgerDir.toString());
        env.put("SANDBOX_VISIBILITYTIMEOUTSECONDS", "5");
        env.putAll(emulator.credentials(provider));
        env.put("SANDBOX_OFFER_SUBSCRIPTION", SEAT);
        // the partner of record must be the reseller's own PartnerID, not the provider's (the emulator's seeded sandbox ids)
        env.put("SANDBOX_NEWRESELLER_PARTNERID", "6363276");
        env.put("SANDBOX_NEWRESELLER_COUNTRY", "US");
        env.put("LIVE_ALLOWEDTENANTS", provider.path("tenantId").asText());
        return env;
    }

    @Test
    void a_run_killed_at_any_point_leaves_nothing_once_the_janitor_has_run() throws Exception {
        JsonNode provider = emulator.provision("indirectProvider");
        String tenant = provider.path("tenantId").asText();
        Path ledgerDir = WORK.resolve("ledger");
        Map<String, String> env = environment(provider, ledgerDir);
        List<String> problems = new ArrayList<>();
        String previous = null;
        String previousPoint = null;

        for (String point : KILL_POINTS) {
            List<String> options = new ArrayList<>(JVM_OPTIONS);
            options.add("-D" + KillPoint.PROPERTY + "=" + point);
            LiveRunProcess run = LiveRunProcess.start(WORK.resolve(point.replace(':', '-')), SCENARIO, env, options);
            int exit = run.waitFor(180);
            String output = run.output();
            Matcher id = RUN_ID.matcher(output);
            assertThat(id.find()).as("the run at %s started; its output:\n%s", point, output).isTrue();
            assertThat(exit).as("the run was killed at %s; its output:\n%s", point, output).isEqualTo(KillPoint.KILLED);
            assertThat(output).as("killed where asked").contains("KILLED " + describe(point));
            if (previous != null) {
                problems.addAll(leftBehind(previous, previousPoint, tenant, ledgerDir, output));
            }
            previous = id.group(1);
            previousPoint = point;
        }
        LiveRunProcess janitor = LiveRunProcess.janitor(WORK.resolve("janitor"), env);
        int exit = janitor.waitFor(180);
        problems.addAll(leftBehind(previous, previousPoint, tenant, ledgerDir, janitor.output()));

        assertThat(problems).as("what a janitor left of the run killed before it").isEmpty();
        assertThat(exit).as("the janitor's output:\n%s", janitor.output()).isZero();
        assertThat(janitor.output()).contains("janitor: done, nothing left behind");
        assertThat(emulator.indirectResellersOf(tenant)).as("indirect resellers left").isEmpty();
        List<JsonNode> customers = new ArrayList<>();
        emulator.state().path("customers").forEach(c -> {
            if (tenant.equals(c.path("ownerTenantId").asText())) {
                customers.add(c);
            }
        });
        assertThat(customers).as("customers left").isEmpty();
        assertThat(openLedgers(ledgerDir)).as("open ledgers").isEmpty();
    }

    /** How the run prints the kill point it reached. */
    private static String describe(String point) {
        String[] parts = point.split(":");
        return parts[0].equals("sent") ? parts[2] + " ms after a create of " + parts[1].toLowerCase() + " was sent"
                : parts[0] + " the ledger line " + parts[1] + " " + parts[2].toLowerCase();
    }

    /**
     * What the run {@code runId} (killed at {@code point}) still has, now that the janitor after it ran:
     * its ledger open, resources named after it, resources its ledger names, or a janitor failure.
     */
    private static List<String> leftBehind(String runId, String point, String tenant, Path ledgerDir, String janitorOutput)
            throws IOException {
        List<String> problems = new ArrayList<>();
        String where = "run killed at " + point + " (" + runId + "): ";
        if (janitorOutput.contains("janitor: could not remove")) {
            problems.add(where + "the janitor after it could not remove something:\n" + janitorOutput.lines()
                    .filter(l -> l.startsWith("janitor:")).reduce("", (a, b) -> a + b + "\n"));
        }
        if (Files.exists(ledgerDir.resolve(runId + ".jsonl"))) {
            problems.add(where + "its ledger is still open");
        }
        Path closed = ledgerDir.resolve("closed").resolve(runId + ".jsonl");
        Set<String> ids = new HashSet<>();
        if (Files.exists(closed)) {
            for (String line : Files.readAllLines(closed)) {
                JsonNode entry = JSON.readTree(line);
                if (!entry.path("id").asText("").isEmpty()) {
                    ids.add(entry.path("id").asText());
                }
            }
        }
        JsonNode state = emulator.state();
        state.path("indirectResellers").forEach(r -> {
            if (tenant.equals(r.path("providerTenantId").asText()) && (r.path("domainPrefix").asText().startsWith(runId)
                    || ids.contains(r.path("accountId").asText()))) {
                problems.add(where + "indirect reseller " + r.path("domainPrefix").asText() + " is still there");
            }
        });
        state.path("customers").forEach(c -> {
            if (c.path("companyName").asText().startsWith(runId) || c.path("domain").asText().startsWith(runId)
                    || ids.contains(c.path("id").asText())) {
                problems.add(where + "customer " + c.path("companyName").asText() + " is still there");
            }
        });
        for (String list : List.of("orders", "subscriptions")) {
            state.path(list).forEach(o -> {
                if (ids.contains(o.path("id").asText()) || ids.contains(o.path("customerId").asText())) {
                    problems.add(where + list + " " + o.path("id").asText() + " is still there");
                }
            });
        }
        return problems;
    }

    private static List<Path> openLedgers(Path ledgerDir) throws IOException {
        if (!Files.isDirectory(ledgerDir)) {
            return List.of();
        }
        try (var files = Files.list(ledgerDir)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).toList();
        }
    }
}
