package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.whosaid.article.Article;
import org.whosaid.article.InputException;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.Predictions;
import org.whosaid.eval.RuleTable;
import org.whosaid.eval.ScoreTable;
import org.whosaid.eval.Scorer;
import org.whosaid.eval.Scores;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whosaid eval}: scores statements against gold annotations. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score who-said-what against gold annotations (PolNeAR's brat layout: DIR/text/NAME.txt, "
                    + "DIR/attributions/NAME_ANNOTATOR.ann) with the figures of the reference scorer score.py.",
            "Without --pred, extracts the statements of DIR/text/*.txt first."
        })
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    ThreadsOption threads;

    @Mixin
    RulesOption rules;

    @Option(
            names = "--by-rule",
            description = "Also print, for each rule, the statements it had a hand in and how many were right.")
    boolean byRule;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder.")
    Path gold;

    @Option(
            names = "--pred",
            paramLabel = "DIR",
            description = "Score existing predictions DIR/NAME.json instead of extracting.")
    Path pred;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the extracted DIR/NAME.json.")
    Path out;

    @Option(names = "--verbose", description = "List the first predicted spans whose text differs from the article.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (pred != null && out != null) {
            Errors.report("--out goes with extraction; leave out --pred");
            return 2;
        }
        GoldCorpus corpus;
        try {
            corpus = GoldCorpus.load(gold);
        } catch (InputException e) {
            Errors.report(e.getMessage());
            return 1;
        }
        Predictions predictions;
        String predLabel;
        int failed = 0;
        if (pred != null) {
            try {
                predictions = Predictions.read(pred, corpus);
            } catch (InputException e) {
                Errors.report(e.getMessage());
                return 1;
            }
            predLabel = absolute(pred);
        } else {
            Map<String, ArticleResult> results = new LinkedHashMap<>();
            failed = Extraction.run(
                    threads.count(),
                    null,
                    sink -> corpus.articles()
                            .values()
                            .forEach(a ->
                                    sink.article(Article.of(a.name(), a.text().string(), null))),
                    r -> results.put(r.id(), r));
            if (out != null) {
                Files.createDirectories(out);
                for (ArticleResult r : results.values()) {
                    ResultJson.write(r, out.resolve(r.id() + ".json"));
                }
            }
            predictions = Predictions.of(results, corpus);
            predLabel = out != null ? absolute(out) : "whosaid extract";
        }
        predictions.warnings().forEach(Errors::report);
        Scores scores = Scorer.score(corpus, predictions);
        print(corpus, scores, absolute(gold), predLabel, predictions);
        return failed == 0 ? 0 : 1;
    }

    private void print(GoldCorpus corpus, Scores scores, String goldLabel, String predLabel, Predictions predictions)
            throws IOException {
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            Map<String, Object> report = ScoreTable.json(scores, goldLabel, predLabel);
            if (byRule) {
                report.put("rules", RuleTable.rows(corpus, predictions));
            }
            stdout.println(ResultJson.mapper().writeValueAsString(report));
        } else {
            stdout.print(ScoreTable.text(scores, goldLabel, predLabel, verbose ? predictions.mismatches() : List.of()));
            if (byRule) {
                stdout.println();
                stdout.print(RuleTable.text(RuleTable.rows(corpus, predictions)));
            }
        }
        stdout.flush();
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
