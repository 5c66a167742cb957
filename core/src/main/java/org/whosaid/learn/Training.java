package org.whosaid.learn;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.whosaid.article.InputException;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.Predictions;
import org.whosaid.eval.ScoreTable;
import org.whosaid.eval.Scorer;
import org.whosaid.eval.Scores;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.extract.Statements;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

/**
 * Trains what whosaid learns from a gold folder, deterministically (the same gold gives the same model
 * files, byte for byte): the token tagger, and the confidence model fitted on what the rules and the
 * tagger find in articles the tagger did not learn from (cross-validation by article).
 */
public final class Training {

    /** The PolNeAR paper, for the provenance of models learned from it. */
    public static final String POLNEAR = "PolNeAR: Newell, Margolin and Ruths, \"An Attribution Relations Corpus"
            + " for Political News\", LREC 2018";

    private Training() {}

    /** What is measured on the training articles: the rules alone, the tagger alone, both. */
    private enum Variant {
        RULES,
        TAGGER,
        BOTH
    }

    /**
     * What to train from and where to put the models.
     *
     * @param gold the gold folder (PolNeAR's layout)
     * @param out the folder the model files are written to
     * @param cache a folder to keep parses in between runs, or null
     * @param threads articles parsed at once
     * @param folds the number of cross-validation folds
     * @param tagger whether to train the tagger (else the confidence model alone, for the rules' statements)
     * @param readsRules whether the tagger reads the rules' finds among its features
     * @param seed the seed of the order the tagger visits its training data in
     * @param predictions a folder to write each article's cross-validated results to (rules, tagger and
     *     both, one folder each), or null
     */
    public record Settings(
            Path gold,
            Path out,
            Path cache,
            int threads,
            int folds,
            boolean tagger,
            boolean readsRules,
            long seed,
            Path predictions) {}

    /**
     * @param s the settings
     * @param log where progress and figures are reported
     * @throws InputException when the gold folder cannot be read
     * @throws IOException when the cache or the output cannot be read or written
     */
    public static void run(Settings s, PrintWriter log) throws IOException, InputException {
        GoldCorpus gold = GoldCorpus.load(s.gold());
        say(log, "gold: %d articles", gold.articles().size());
        Linguistics linguistics = Linguistics.shared();
        Extractor parser = new Extractor(linguistics);
        AtomicInteger done = new AtomicInteger();
        Corpus corpus = Corpus.parse(gold, parser, s.cache(), s.threads(), name -> {
            int n = done.incrementAndGet();
            if (n % 100 == 0) {
                say(log, "parsed %d articles", n);
            }
        });
        CueLexicon lexicon = CueLexicon.standard();
        TaggerTraining tagging = new TaggerTraining(corpus, lexicon);
        String readsRules = Boolean.toString(s.readsRules());
        List<String> names = corpus.names();
        String made = "made by: whosaid train --gold " + describe(s.gold()) + " --folds " + s.folds() + " --seed "
                + s.seed() + (s.tagger() ? "" : " --without-tagger") + (s.readsRules() ? "" : " --without-rules");

        // Taggers that each leave one fold out, and the choice between their statements and the rules'.
        List<Perceptron> held = new ArrayList<>();
        List<ConfidenceModel> selections = new ArrayList<>();
        ConfidenceModel selection = null;
        if (s.tagger()) {
            for (int f = 0; f < s.folds(); f++) {
                long t0 = System.nanoTime();
                held.add(tagging.train(s.readsRules(), s.folds(), f, s.seed())
                        .withOption(LearnedModels.READS_RULES, readsRules));
                say(log, "tagger without fold %d: %.0f s", f + 1, (System.nanoTime() - t0) / 1e9);
            }
            StatementFeatures features = new StatementFeatures(lexicon);
            QuoteScanner scanner = new QuoteScanner();
            Statements finder = new Statements(lexicon, Rules.standard());
            List<List<Selection.Candidate>> candidates = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Parsed doc = corpus.parsed().get(names.get(i));
                List<Quotation> quotes = scanner.scan(doc.text());
                List<Statement> found = finder.find(doc);
                List<Statement> tagged = new LearnedStatements(
                                held.get(i % s.folds()), null, lexicon, Rules.standard(), true)
                        .tagged(doc, quotes, found);
                candidates.add(Selection.candidates(features, doc, quotes, found, tagged));
            }
            SelectionTraining.Fit fit = SelectionTraining.fit(
                    gold,
                    names,
                    candidates,
                    s.folds(),
                    List.of(
                            "whosaid selection model: how likely each of the rules' and the tagger's statements is"
                                    + " right, from its features and its agreement with the other finder's; the"
                                    + " surest are kept, none below the threshold",
                            "learned from " + describe(s.gold()) + " ("
                                    + gold.articles().size() + " articles)",
                            POLNEAR,
                            made));
            selections.addAll(fit.byFold());
            selection = fit.model();
            say(
                    log,
                    "selection threshold %.2f: cross-validated attributed %s",
                    fit.threshold(),
                    ScoreTable.figures(fit.crossValidated().attributed()));
        }

        // Each article extracted by models that did not learn from it.
        Map<Variant, Map<String, ArticleResult>> results = new LinkedHashMap<>();
        for (Variant v : s.tagger() ? List.of(Variant.values()) : List.of(Variant.RULES)) {
            List<Extractor> extractors = new ArrayList<>();
            for (int f = 0; f < s.folds(); f++) {
                LearnedModels m = s.tagger()
                        ? new LearnedModels(held.get(f), selections.get(f), null)
                        : new LearnedModels(null, null, null);
                extractors.add(
                        switch (v) {
                            case RULES ->
                                m.extractor(linguistics, Rules.standard().without(List.of(LearnedStatements.RULE)));
                            case TAGGER -> m.taggerAlone(linguistics, Rules.standard());
                            case BOTH -> m.extractor(linguistics, Rules.standard());
                        });
            }
            Map<String, ArticleResult> r = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                r.put(
                        name,
                        extractors
                                .get(i % s.folds())
                                .extract(
                                        corpus.articles().get(name),
                                        corpus.parsed().get(name)));
            }
            results.put(v, r);
            Scores sc = Scorer.score(gold, Predictions.of(r, gold));
            say(
                    log,
                    "cross-validated, %-6s content-matched %s | attributed %s | DQ attributed %s",
                    v.name().toLowerCase(Locale.ROOT),
                    ScoreTable.figures(sc.contentMatched()),
                    ScoreTable.figures(sc.attributed()),
                    ScoreTable.figures(sc.dqAttributed()));
        }

        Variant best = s.tagger() ? Variant.BOTH : Variant.RULES;
        if (s.predictions() != null) {
            for (Map.Entry<Variant, Map<String, ArticleResult>> e : results.entrySet()) {
                Path dir = s.predictions().resolve(e.getKey().name().toLowerCase(Locale.ROOT));
                Files.createDirectories(dir);
                for (ArticleResult r : e.getValue().values()) {
                    ResultJson.write(r, dir.resolve(r.id() + ".json"));
                }
            }
            say(log, "wrote the cross-validated results to %s/{rules,tagger,both}", s.predictions());
        }

        ConfidenceTraining confidence = new ConfidenceTraining(lexicon);
        List<ConfidenceTraining.Example> examples = confidence.examples(corpus, results.get(best), s.folds());
        long right = examples.stream().filter(ConfidenceTraining.Example::right).count();
        say(log, "confidence: %d statements, %d right", examples.size(), right);
        ConfidenceTraining.Fit fit = confidence.fit(
                examples,
                s.folds(),
                List.of(
                        "whosaid confidence model: how likely a statement is right (its words and its source), a"
                                + " logistic regression over the statement's features, calibrated by isotonic"
                                + " regression on cross-validated scores",
                        "learned from " + describe(s.gold()) + " ("
                                + gold.articles().size() + " articles, " + examples.size() + " statements found, "
                                + right + " right)",
                        POLNEAR,
                        made));
        log.println("confidence, cross-validated on the training articles:");
        log.print(fit.crossValidated().text());

        Files.createDirectories(s.out());
        Path taggerFile = s.out().resolve(LearnedModels.TAGGER);
        Path selectionFile = s.out().resolve(LearnedModels.SELECTION);
        if (!s.tagger()) {
            Files.deleteIfExists(taggerFile);
            Files.deleteIfExists(selectionFile);
        } else {
            writeTagger(s, tagging, gold.articles().size(), made, taggerFile, log);
            try (Writer w = Files.newBufferedWriter(selectionFile, StandardCharsets.UTF_8)) {
                selection.write(w);
            }
            say(log, "wrote %s", selectionFile);
        }
        Path confidenceFile = s.out().resolve(LearnedModels.CONFIDENCE);
        try (Writer w = Files.newBufferedWriter(confidenceFile, StandardCharsets.UTF_8)) {
            fit.model().write(w);
        }
        say(log, "wrote %s", confidenceFile);
    }

    private static void writeTagger(
            Settings s, TaggerTraining tagging, int articles, String made, Path taggerFile, PrintWriter log)
            throws IOException {
        long t0 = System.nanoTime();
        Perceptron tagger = tagging.train(s.readsRules(), s.folds(), -1, s.seed())
                .withOption(LearnedModels.READS_RULES, Boolean.toString(s.readsRules()));
        say(log, "tagger on every article: %.0f s", (System.nanoTime() - t0) / 1e9);
        try (Writer w = new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(taggerFile)), StandardCharsets.UTF_8)) {
            tagger.write(
                    w,
                    List.of(
                            "whosaid token tagger: source, cue and content tags, an averaged structured perceptron",
                            "learned from " + describe(s.gold()) + " (" + articles + " articles)",
                            POLNEAR,
                            made));
        }
        say(log, "wrote %s", taggerFile);
    }

    private static void say(PrintWriter log, String format, Object... args) {
        synchronized (log) {
            log.printf(Locale.ROOT, format + "%n", args);
            log.flush();
        }
    }

    /** The gold folder by its last two names, so that the file does not depend on where it lies. */
    private static String describe(Path gold) {
        Path p = gold.toAbsolutePath().normalize();
        int n = p.getNameCount();
        return n >= 2 ? p.subpath(n - 2, n).toString() : p.toString();
    }
}
