package org.whosaid.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.whosaid.extract.CueLexicon;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.statement.Rules;

/**
 * The learned models: the token tagger that adds the statements the rules miss, and the confidence
 * model. Those shipped with whosaid are loaded once from the class path; others can be read from a
 * folder written by {@code whosaid train}.
 *
 * @param tagger the tagger, or null where there is none
 * @param confidence the confidence model, or null where there is none
 */
public record LearnedModels(Perceptron tagger, ConfidenceModel confidence) {

    /** File name of the tagger. */
    public static final String TAGGER = "tagger.tsv.gz";
    /** File name of the confidence model. */
    public static final String CONFIDENCE = "confidence.tsv";
    /** The tagger's option that says whether the rules' finds are among its features. */
    static final String READS_RULES = "reads-rules";

    private static volatile LearnedModels shipped;

    /** @return the models shipped with whosaid, loaded once */
    public static LearnedModels shipped() {
        LearnedModels m = shipped;
        if (m == null) {
            synchronized (LearnedModels.class) {
                m = shipped;
                if (m == null) {
                    try {
                        m = new LearnedModels(
                                readTagger(LearnedModels.class.getResourceAsStream(TAGGER)),
                                readConfidence(LearnedModels.class.getResourceAsStream(CONFIDENCE)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("a model shipped with whosaid cannot be read", e);
                    }
                    shipped = m;
                }
            }
        }
        return m;
    }

    /**
     * @param dir a folder written by {@code whosaid train}
     * @return its models (those absent are null)
     * @throws IOException when a model file cannot be read
     */
    public static LearnedModels read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder");
        }
        Path t = dir.resolve(TAGGER);
        Path c = dir.resolve(CONFIDENCE);
        try {
            return new LearnedModels(
                    readTagger(Files.exists(t) ? Files.newInputStream(t) : null),
                    readConfidence(Files.exists(c) ? Files.newInputStream(c) : null));
        } catch (IOException e) {
            throw new IOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param linguistics the linguistic pass
     * @param rules which rules run (the tagger runs where {@value LearnedStatements#RULE} is on)
     * @return an extractor with the rules, the tagger's statements where the rules found none, and
     *     the confidence of every statement
     */
    public Extractor extractor(Linguistics linguistics, Rules rules) {
        return new Extractor(linguistics, rules, adder(false), estimator());
    }

    /**
     * An extractor to measure the tagger alone: it keeps every statement the tagger finds, also where
     * the rules found one; {@link #taggerStatements} then leaves the rules' out.
     *
     * @param linguistics the linguistic pass
     * @param rules which rules run (their finds are among the tagger's features, where it reads them)
     * @return the extractor
     */
    public Extractor taggerAlone(Linguistics linguistics, Rules rules) {
        return new Extractor(linguistics, rules, adder(true), estimator());
    }

    /**
     * @param result an article's result
     * @return the result with the tagger's statements alone
     */
    public static ArticleResult taggerStatements(ArticleResult result) {
        return new ArticleResult(
                result.id(),
                result.published(),
                result.title(),
                result.url(),
                result.outlet(),
                result.text(),
                result.entities(),
                result.attributions().stream()
                        .filter(a -> a.rule() != null && a.rule().startsWith(LearnedStatements.RULE))
                        .toList());
    }

    private LearnedStatements adder(boolean keepsOverlaps) {
        return tagger == null
                ? null
                : new LearnedStatements(
                        tagger, CueLexicon.standard(), !"false".equals(tagger.option(READS_RULES)), keepsOverlaps);
    }

    private CalibratedConfidence estimator() {
        return confidence == null ? null : new CalibratedConfidence(confidence, CueLexicon.standard());
    }

    private static Perceptron readTagger(InputStream in) throws IOException {
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            return Perceptron.read(gz);
        }
    }

    private static ConfidenceModel readConfidence(InputStream in) throws IOException {
        if (in == null) {
            return null;
        }
        try (in) {
            return ConfidenceModel.read(in);
        }
    }
}
