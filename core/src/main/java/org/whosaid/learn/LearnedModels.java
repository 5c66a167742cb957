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
import org.whosaid.statement.Rules;

/**
 * The learned models: the token tagger that finds statements, the selection model that chooses between
 * its statements and the rules', and the confidence model. Those shipped with whosaid are loaded once
 * from the class path; others can be read from a folder written by {@code whosaid train}.
 *
 * @param tagger the tagger, or null where there is none
 * @param selection the selection model, or null where there is none
 * @param confidence the confidence model, or null where there is none
 */
public record LearnedModels(Perceptron tagger, ConfidenceModel selection, ConfidenceModel confidence) {

    /** File name of the tagger. */
    public static final String TAGGER = "tagger.tsv.gz";
    /** File name of the selection model. */
    public static final String SELECTION = "selection.tsv";
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
                                readConfidence(LearnedModels.class.getResourceAsStream(SELECTION)),
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
        Path s = dir.resolve(SELECTION);
        Path c = dir.resolve(CONFIDENCE);
        try {
            return new LearnedModels(
                    readTagger(Files.exists(t) ? Files.newInputStream(t) : null),
                    readConfidence(Files.exists(s) ? Files.newInputStream(s) : null),
                    readConfidence(Files.exists(c) ? Files.newInputStream(c) : null));
        } catch (IOException e) {
            throw new IOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param linguistics the linguistic pass
     * @param rules which rules run (the tagger runs where {@value LearnedStatements#RULE} is on)
     * @return an extractor with the rules, the tagger, the choice between their statements, and the
     *     confidence of every statement
     */
    public Extractor extractor(Linguistics linguistics, Rules rules) {
        return new Extractor(linguistics, rules, review(rules, false), estimator());
    }

    /**
     * An extractor to measure the tagger alone: it gives the tagger's statements only (the rules still
     * run, for the tagger's features).
     *
     * @param linguistics the linguistic pass
     * @param rules which rules run
     * @return the extractor
     */
    public Extractor taggerAlone(Linguistics linguistics, Rules rules) {
        return new Extractor(linguistics, rules, review(rules, true), estimator());
    }

    private LearnedStatements review(Rules rules, boolean alone) {
        if (tagger == null) {
            return null;
        }
        Selection s = selection == null ? null : new Selection(selection, CueLexicon.standard());
        return new LearnedStatements(tagger, s, CueLexicon.standard(), rules, alone);
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
