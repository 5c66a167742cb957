package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.whosaid.statement.Rules;
import picocli.CommandLine.Command;

/** {@code whosaid rules}: the extraction's rules, in the order they run, with what each does. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "List the extraction's rules in the order they run, by stage: finding statements (find, complement,"
                    + " step), the speaker's mention (mention), and the speaker (speaker).",
            "Each statement's rule field names those that made it; --without and --rules of extract, eval and"
                    + " ingest switch them off or choose them."
        })
public final class RulesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        // The name column is as wide as the longest name, so that the columns stay aligned.
        int width = Rules.catalogue().stream()
                .mapToInt(e -> e.name().length())
                .max()
                .orElse(0);
        for (Rules.Entry e : Rules.catalogue()) {
            out.printf("%-" + width + "s %-11s %s%n", e.name(), e.stage(), e.description());
        }
        out.flush();
        return 0;
    }
}
