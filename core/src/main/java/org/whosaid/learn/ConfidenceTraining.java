package org.whosaid.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.whosaid.eval.Predictions;
import org.whosaid.eval.Reliability;
import org.whosaid.eval.Scorer;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;

/**
 * Fits the confidence model: the statements the extraction finds in gold articles, each labelled
 * right where the scorer pairs it with a gold statement with the same words (content Dice of at least
 * 0.5) and the same source; a logistic regression over their features; and an isotonic calibration of
 * its scores, fitted on scores of articles that each model of a cross-validation did not see.
 */
public final class ConfidenceTraining {

    /** Penalty on the squared weights. */
    static final double L2 = 2.0;
    /** Fewest statements a feature must occur in. */
    static final int MIN_COUNT = 5;

    private final CueLexicon lexicon;

    /** @param lexicon the cue words the features read */
    public ConfidenceTraining(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A labelled statement.
     *
     * @param fold the cross-validation fold of its article
     * @param features its features
     * @param right whether it is right
     */
    public record Example(int fold, Map<String, Double> features, boolean right) {}

    /**
     * @param corpus the gold articles with their parses
     * @param results what the extraction found in each article (for an article of a fold, with models
     *     that did not learn from that fold)
     * @param folds the number of folds
     * @return every statement found, with its features and label
     */
    public List<Example> examples(Corpus corpus, Map<String, ArticleResult> results, int folds) {
        StatementFeatures features = new StatementFeatures(lexicon);
        QuoteScanner scanner = new QuoteScanner();
        Map<String, List<Scorer.Outcome>> outcomes =
                Scorer.outcomes(corpus.gold(), Predictions.of(results, corpus.gold()));
        List<String> names = corpus.names();
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<Scorer.Outcome> right = outcomes.get(name);
            Parsed doc = corpus.parsed().get(name);
            StatementFeatures.Context c = features.context(doc, scanner.scan(doc.text()));
            List<Attribution> found = results.get(name).attributions();
            for (int k = 0; k < found.size(); k++) {
                out.add(new Example(
                        i % folds,
                        features.of(c, found.get(k), found.size()),
                        right.get(k).attributed()));
            }
        }
        return out;
    }

    /**
     * The fitted model, and how well calibrated its cross-validated probabilities are.
     *
     * @param model the model fitted on all examples
     * @param crossValidated the reliability of the probabilities of held-out folds
     */
    public record Fit(ConfidenceModel model, Reliability crossValidated) {}

    /**
     * @param examples the labelled statements
     * @param folds the number of folds
     * @param notes provenance, kept in the model file
     * @return the model and its cross-validated reliability
     */
    public Fit fit(List<Example> examples, int folds, List<String> notes) {
        double[] held = new double[examples.size()];
        boolean[] labels = new boolean[examples.size()];
        for (int f = 0; f < folds; f++) {
            List<Map<String, Double>> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (Example e : examples) {
                if (e.fold() != f) {
                    x.add(e.features());
                    y.add(e.right());
                }
            }
            Logistic m = Logistic.fit(x, y, L2, MIN_COUNT);
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() == f) {
                    held[i] = m.score(examples.get(i).features());
                }
            }
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).right();
        }
        Isotonic calibration = Isotonic.fit(held, labels);
        List<Map<String, Double>> x = examples.stream().map(Example::features).toList();
        List<Boolean> y = examples.stream().map(Example::right).toList();
        ConfidenceModel model = new ConfidenceModel(Logistic.fit(x, y, L2, MIN_COUNT), calibration, notes);
        // The calibration's own reliability on data it was fitted on would flatter it: cross-validate
        // it too, each fold's held-out scores mapped by a calibration fitted on the other folds.
        List<Double> probabilities = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() != f) {
                    in.add(i);
                }
            }
            double[] s = new double[in.size()];
            boolean[] l = new boolean[in.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = held[in.get(k)];
                l[k] = labels[in.get(k)];
            }
            Isotonic c = Isotonic.fit(s, l);
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() == f) {
                    probabilities.add(c.apply(held[i]));
                    outcomes.add(labels[i]);
                }
            }
        }
        return new Fit(model, Reliability.of(probabilities, outcomes));
    }
}
