package org.whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well stated confidences match how often statements are right: ten bins of equal width over
 * [0, 1], each with its statements, their mean confidence and the share of them that are right, and
 * the expected calibration error (the bins' gaps between the two, weighted by their size).
 *
 * @param bins the ten bins, lowest first
 * @param withoutConfidence predicted statements that carry no confidence (left out of the bins)
 */
public record Reliability(List<Bin> bins, int withoutConfidence) {

    /** Number of bins. */
    public static final int BINS = 10;

    /** Copies the list so the record stays immutable. */
    public Reliability {
        bins = List.copyOf(bins);
    }

    /**
     * One bin.
     *
     * @param low lowest confidence in the bin
     * @param high highest confidence (exclusive, but for the last bin)
     * @param count statements in the bin
     * @param meanConfidence their mean confidence (0 where empty)
     * @param accuracy the share of them that are right (0 where empty)
     */
    public record Bin(double low, double high, int count, double meanConfidence, double accuracy) {}

    /**
     * @param confidences each statement's confidence, or null where it has none
     * @param right whether each statement is right, in the same order
     * @return the bins and the calibration error
     */
    public static Reliability of(List<Double> confidences, List<Boolean> right) {
        if (confidences.size() != right.size()) {
            throw new IllegalArgumentException("confidences and outcomes differ in number");
        }
        int[] count = new int[BINS];
        double[] sum = new double[BINS];
        int[] hits = new int[BINS];
        int without = 0;
        for (int i = 0; i < confidences.size(); i++) {
            Double c = confidences.get(i);
            if (c == null || c.isNaN()) {
                without++;
                continue;
            }
            int b = bin(c);
            count[b]++;
            sum[b] += c;
            hits[b] += right.get(i) ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new Bin(
                    (double) b / BINS,
                    (double) (b + 1) / BINS,
                    count[b],
                    count[b] == 0 ? 0 : sum[b] / count[b],
                    count[b] == 0 ? 0 : (double) hits[b] / count[b]));
        }
        return new Reliability(bins, without);
    }

    /**
     * The reliability of predictions scored against gold: a statement is right when it is attributed.
     *
     * @param gold the gold corpus
     * @param pred the predictions, with their confidences
     * @return the reliability over all articles
     */
    public static Reliability of(GoldCorpus gold, Predictions pred) {
        List<Double> confidences = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        Map<String, List<Scorer.Outcome>> outcomes = Scorer.outcomes(gold, pred);
        for (String name : gold.articles().keySet()) {
            List<Scorer.Outcome> ok = outcomes.get(name);
            List<Double> c = pred.confidences().getOrDefault(name, List.of());
            for (int i = 0; i < ok.size(); i++) {
                confidences.add(i < c.size() ? c.get(i) : null);
                right.add(ok.get(i).attributed());
            }
        }
        return of(confidences, right);
    }

    /** @return statements with a confidence */
    public int count() {
        return bins.stream().mapToInt(Bin::count).sum();
    }

    /** @return the expected calibration error: sum over bins of size share times |accuracy - confidence| */
    public double ece() {
        int n = count();
        if (n == 0) {
            return 0;
        }
        double e = 0;
        for (Bin b : bins) {
            e += (double) b.count() / n * Math.abs(b.accuracy() - b.meanConfidence());
        }
        return e;
    }

    /** @return the table as text, one line per bin, and the calibration error */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "calibration (right = attributed): ECE %.3f over %d statements%s\n",
                ece(),
                count(),
                withoutConfidence == 0 ? "" : "; " + withoutConfidence + " without confidence"));
        b.append("  confidence    statements  mean confidence  right\n");
        for (Bin bin : bins) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %.1f-%.1f     %10d  %15s  %5s\n",
                    bin.low(),
                    bin.high(),
                    bin.count(),
                    bin.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", bin.meanConfidence()),
                    bin.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", bin.accuracy())));
        }
        return b.toString();
    }

    /** @return the figures as nested maps, for a JSON report */
    public Map<String, Object> json() {
        Map<String, Object> out = new TreeMap<>();
        out.put("ece", ece());
        out.put("statements", count());
        out.put("without_confidence", withoutConfidence);
        List<Object> rows = new ArrayList<>();
        for (Bin bin : bins) {
            rows.add(new TreeMap<>(Map.of(
                    "low", bin.low(),
                    "high", bin.high(),
                    "count", bin.count(),
                    "mean_confidence", bin.meanConfidence(),
                    "accuracy", bin.accuracy())));
        }
        out.put("bins", rows);
        return out;
    }

    private static int bin(double c) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor(c * BINS)));
    }
}
