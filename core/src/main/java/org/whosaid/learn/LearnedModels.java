package org.whosaid.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Extractor;
import org.whosaid.nlp.Linguistics;
import org.whosaid.result.ArticleResult;

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

    /** Which statement finders run. */
    public enum Finders {
        /** The hand-written rules alone. */
        RULES,
        /** The tagger alone (the rules' statements are still found, for its features, and then left out). */
        LEARNED,
        /** The rules, and the tagger's statements where the rules found nothing. */
        BOTH
    }

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
     * @param finders which finders run
     * @return an extractor with these models
     */
    public Extractor extractor(Linguistics linguistics, Finders finders) {
        LearnedStatements adder = finders == Finders.RULES || tagger == null
                ? null
                : new LearnedStatements(
                        tagger,
                        CueLexicon.standard(),
                        !"false".equals(tagger.option(READS_RULES)),
                        finders == Finders.LEARNED);
        CalibratedConfidence estimator =
                confidence == null ? null : new CalibratedConfidence(confidence, CueLexicon.standard());
        return new Extractor(linguistics, adder, estimator);
    }

    /**
     * @param result an article's result
     * @param finders which finders ran
     * @return the result, without the rules' statements where only the tagger's are wanted
     */
    public static ArticleResult select(ArticleResult result, Finders finders) {
        if (finders != Finders.LEARNED) {
            return result;
        }
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
