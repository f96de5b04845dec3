package org.partnersandbox.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: puts two or more capabilities.json side by side in one HTML page.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.partnersandbox.report.CompareRuns \
 *     -Dexec.args="last-night.json tonight.json -o target/comparison.html"
 * </pre>
 */
public final class CompareRuns {

    static final String USAGE =
            "usage: CompareRuns <capabilities.json> <capabilities.json> [more.json ...] [-o target/comparison.html]";

    private CompareRuns() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** @return 0 when the page was written, 2 for bad arguments or unreadable input */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path output = Path.of("target", "comparison.html");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-o") || arg.equals("--output")) {
                if (i + 1 >= args.length) {
                    err.println("-o needs a file name. " + USAGE);
                    return 2;
                }
                output = Path.of(args[++i]);
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg + ". " + USAGE);
                return 2;
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.size() < 2) {
            err.println("give at least two capabilities.json files. " + USAGE);
            return 2;
        }
        List<RunSnapshot> runs = new ArrayList<>();
        for (Path input : inputs) {
            try {
                runs.add(RunSnapshot.read(input));
            } catch (IOException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
        RunComparison comparison = new RunComparison(runs);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, comparison.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("could not write " + output + ": " + e.getMessage());
            return 2;
        }
        List<String> differing = comparison.differing();
        out.println(differing.size() + " of " + comparison.ids().size() + " capabilities differ across "
                + runs.size() + " runs" + (differing.isEmpty() ? "" : ": " + String.join(", ", differing)));
        out.println(output.toAbsolutePath().toUri());
        return 0;
    }
}
