package org.partnersandbox.suite.live;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SysPropConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.janitor.Janitor;

/**
 * The janitor on its own: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.partnersandbox.suite.live.JanitorMain
 * [-Dexec.args="--sweep-prefix psa"]}, with the same environment variables as a live run. Checks
 * the sandbox declaration, locks the tenants, removes what the ledgers of earlier runs list as
 * left behind (and what their unanswered creates made, looked up by name) and, with
 * {@code --sweep-prefix P}, whatever is named P… (indirect resellers and customers), each reseller
 * after all its customers, in the order the API requires. Exits 1 if anything could not be removed.
 */
public final class JanitorMain {

    private JanitorMain() {
    }

    public static void main(String[] args) {
        String sweepPrefix = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sweep-prefix") && i + 1 < args.length) {
                sweepPrefix = args[++i];
            } else {
                System.err.println("usage: JanitorMain [--sweep-prefix PREFIX]");
                System.exit(2);
            }
        }
        int exit;
        try {
            exit = run(sweepPrefix);
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            exit = 2;
        }
        System.exit(exit);
    }

    static int run(String sweepPrefix) {
        SuiteConfig config = SuiteConfig.load(List.of(
                new PropertiesConfigSource(Map.of(SuiteConfig.TARGET, "live", SuiteConfig.DRY_RUN, "false"), "janitor", 500),
                new SysPropConfigSource(), new EnvConfigSource(System.getenv(), 300)), Path.of("config"));
        if (sweepPrefix != null && !sweepPrefix.matches("[a-z][a-z0-9]{1,26}")) {
            throw new ConfigurationException("--sweep-prefix must be lower-case letters and digits, at least 2; got '" + sweepPrefix + "'");
        }
        // opening a live run checks the declaration, locks the tenants and cleans the earlier ledgers
        try (LiveRun run = LiveRun.open(config, config.baseUrl().orElseThrow(), System.out)) {
            int failures = 0;
            if (sweepPrefix != null) {
                Janitor.Report swept = run.janitor(System.out).sweep(sweepPrefix);
                System.out.println("janitor: swept prefix '" + sweepPrefix + "': removed " + swept.removed().size()
                        + ", could not remove " + swept.failures().size());
                failures += swept.failures().size();
            }
            Janitor.Report again = run.janitor(System.out).cleanEarlierRuns(LiveSettings.from(config).ledgerDir());
            failures += again.failures().size();
            System.out.println("janitor: done" + (failures == 0 ? ", nothing left behind" : ", " + failures + " left (see above)"));
            return failures == 0 ? 0 : 1;
        }
    }
}
