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
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.InputException;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.Predictions;
import org.whosaid.eval.Reliability;
import org.whosaid.eval.RuleTable;
import org.whosaid.eval.ScoreTable;
import org.whosaid.eval.Scorer;
import org.whosaid.eval.Scores;
import org.whosaid.learn.LearnedModels;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import org.whosaid.statement.Rules;
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

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold folder.")
    Path gold;

    @Option(
            names = "--speakers",
            paramLabel = "DIR",
            description = "Check speakers and titles against the hand annotations DIR/NAME.json instead "
                    + "(the figures of speakercheck.py); the articles are --text DIR, or --gold DIR/text.")
    Path speakers;

    @Option(names = "--text", paramLabel = "DIR", description = "With --speakers: the articles, DIR/NAME.txt.")
    Path text;

    @Option(
            names = "--pred",
            paramLabel = "DIR",
            description = "Score existing predictions DIR/NAME.json instead of extracting.")
    Path pred;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the extracted DIR/NAME.json.")
    Path out;

    @Option(
            names = "--models",
            paramLabel = "DIR",
            description = "Extract with the models of DIR (written by whosaid train) instead of those shipped.")
    Path models;

    @Option(
            names = "--tagger-alone",
            description = "Score the learned tagger's statements alone, also where the rules found one"
                    + " (the rules alone: --without learned-tagger).")
    boolean taggerAlone;

    @Option(names = "--verbose", description = "List the first predicted spans whose text differs from the article.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (pred != null && (out != null || models != null)) {
            Errors.report("--out and --models go with extraction; leave out --pred");
            return 2;
        }
        if (speakers != null) {
            Path texts = text != null ? text : gold != null ? gold.resolve("text") : null;
            if (texts == null) {
                Errors.report("--speakers needs the articles: --text DIR or --gold DIR");
                return 2;
            }
            return SpeakerEvaluation.run(speakers, texts, pred, out, threads.count(), json);
        }
        if (gold == null) {
            Errors.report("give --gold DIR, or --speakers DIR with --text DIR");
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
            Extractor extractor;
            try {
                LearnedModels learned = models == null ? LearnedModels.shipped() : LearnedModels.read(models);
                Rules on = Rules.fromSystemProperties();
                extractor = taggerAlone
                        ? learned.taggerAlone(Linguistics.shared(), on)
                        : models == null ? Whosaid.extractor() : learned.extractor(Linguistics.shared(), on);
            } catch (IOException e) {
                Errors.report("models " + e.getMessage());
                return 1;
            }
            failed = Extraction.run(
                    threads.count(),
                    null,
                    extractor,
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
        print(corpus, scores, Reliability.of(corpus, predictions), absolute(gold), predLabel, predictions);
        return failed == 0 ? 0 : 1;
    }

    private void print(
            GoldCorpus corpus,
            Scores scores,
            Reliability reliability,
            String goldLabel,
            String predLabel,
            Predictions predictions)
            throws IOException {
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            Map<String, Object> report = ScoreTable.json(scores, goldLabel, predLabel);
            report.put("calibration", reliability.json());
            if (byRule) {
                report.put("rules", RuleTable.rows(corpus, predictions));
            }
            stdout.println(ResultJson.mapper().writeValueAsString(report));
        } else {
            stdout.print(ScoreTable.text(scores, goldLabel, predLabel, verbose ? predictions.mismatches() : List.of()));
            stdout.println();
            stdout.print(reliability.text());
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
