package org.whosaid.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.Predictions;
import org.whosaid.eval.ScoredAttribution;
import org.whosaid.eval.Scorer;
import org.whosaid.eval.Scores;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.statement.Statement;

/**
 * Fits the selection model: every candidate (the rules' statements and the tagger's, the tagger's
 * from a tagger that did not learn from the article), labelled right where it alone would be
 * attributed (content Dice of at least 0.5 with a gold statement, and the same source); a logistic
 * regression over the candidates' features, calibrated on cross-validated scores; and the threshold
 * that gives the highest sum of content-matched and attributed F1 when the surest candidates are
 * chosen.
 */
final class SelectionTraining {

    private SelectionTraining() {}

    /**
     * The fitted selection.
     *
     * @param model the model fitted on every article, with its threshold
     * @param byFold for each fold, the model fitted without it (with the same calibration and threshold)
     * @param threshold the threshold
     * @param crossValidated the figures of the cross-validated choice at that threshold
     */
    record Fit(ConfidenceModel model, List<ConfidenceModel> byFold, double threshold, Scores crossValidated) {}

    /**
     * @param gold the gold corpus
     * @param names the article names, in order (article i belongs to fold i % folds)
     * @param candidates each article's candidates
     * @param folds the number of folds
     * @param notes provenance, kept in the model file
     * @return the fitted selection
     */
    static Fit fit(
            GoldCorpus gold,
            List<String> names,
            List<List<Selection.Candidate>> candidates,
            int folds,
            List<String> notes) {
        // Each candidate's label, as if it were the only one.
        Map<String, ArticleResult> asResults = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            asResults.put(
                    names.get(i),
                    result(
                            names.get(i),
                            candidates.get(i).stream()
                                    .map(Selection.Candidate::statement)
                                    .toList()));
        }
        Predictions all = Predictions.of(asResults, gold);
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> fold = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<ScoredAttribution> p = all.byArticle().get(names.get(i));
            List<Scorer.Outcome> alone = Scorer.alone(p, gold.gold().get(names.get(i)));
            for (int k = 0; k < p.size(); k++) {
                x.add(candidates.get(i).get(k).features());
                y.add(alone.get(k).attributed());
                fold.add(i % folds);
            }
        }
        // Cross-validated scores, their calibration, and the models without each fold.
        double[] held = new double[x.size()];
        List<Logistic> byFold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Map<String, Double>> xf = new ArrayList<>();
            List<Boolean> yf = new ArrayList<>();
            for (int k = 0; k < x.size(); k++) {
                if (fold.get(k) != f) {
                    xf.add(x.get(k));
                    yf.add(y.get(k));
                }
            }
            Logistic m = Logistic.fit(xf, yf, ConfidenceTraining.L2, ConfidenceTraining.MIN_COUNT);
            byFold.add(m);
            for (int k = 0; k < x.size(); k++) {
                if (fold.get(k) == f) {
                    held[k] = m.score(x.get(k));
                }
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = y.get(k);
        }
        Isotonic calibration = Isotonic.fit(held, labels);
        double[] p = new double[held.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = calibration.apply(held[k]);
        }
        // The threshold with the best cross-validated attributed F1.
        double bestThreshold = 0;
        Scores bestScores = null;
        for (int step = 0; step <= 60; step++) {
            double t = step / 100.0;
            Scores s = Scorer.score(gold, Predictions.of(chosen(names, candidates, p, t), gold));
            if (bestScores == null || objective(s) > objective(bestScores)) {
                bestScores = s;
                bestThreshold = t;
            }
        }
        Map<String, Double> settings = Map.of(Selection.THRESHOLD, bestThreshold);
        List<ConfidenceModel> models = new ArrayList<>();
        for (Logistic m : byFold) {
            models.add(new ConfidenceModel(m, calibration, settings, List.of()));
        }
        ConfidenceModel model = new ConfidenceModel(
                Logistic.fit(x, y, ConfidenceTraining.L2, ConfidenceTraining.MIN_COUNT), calibration, settings, notes);
        return new Fit(model, models, bestThreshold, bestScores);
    }

    /** What the threshold is chosen for: the right words (content-matched F1) and the right speaker (attributed F1). */
    private static double objective(Scores s) {
        return s.contentMatched().f1() + s.attributed().f1();
    }

    private static Map<String, ArticleResult> chosen(
            List<String> names, List<List<Selection.Candidate>> candidates, double[] p, double threshold) {
        Map<String, ArticleResult> out = new LinkedHashMap<>();
        int k = 0;
        for (int i = 0; i < names.size(); i++) {
            List<Selection.Candidate> c = candidates.get(i);
            double[] pi = new double[c.size()];
            System.arraycopy(p, k, pi, 0, pi.length);
            k += pi.length;
            out.put(names.get(i), result(names.get(i), Selection.choose(c, pi, threshold)));
        }
        return out;
    }

    /** Statements as a result the scorer reads (spans only). */
    private static ArticleResult result(String name, List<Statement> statements) {
        List<Attribution> a = new ArrayList<>();
        for (Statement s : statements) {
            a.add(new Attribution(
                    "a" + (a.size() + 1),
                    s.kind(),
                    s.source(),
                    s.cue(),
                    s.content(),
                    null,
                    List.of(),
                    null,
                    null,
                    s.channel(),
                    s.rules(),
                    null));
        }
        return new ArticleResult(name, null, null, null, null, null, List.of(), a);
    }
}
