package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A non-decreasing map from a score to a probability, fitted by pooling adjacent violators: the
 * probability of a score is the share of positives among the training examples of its block, read
 * between blocks by linear interpolation. Immutable.
 */
public final class Isotonic {

    private final double[] scores;
    private final double[] values;

    /**
     * @param scores the blocks' mean scores, increasing
     * @param values the blocks' shares of positives, non-decreasing
     */
    public Isotonic(double[] scores, double[] values) {
        if (scores.length != values.length || scores.length == 0) {
            throw new IllegalArgumentException("an isotonic map needs as many values as scores, at least one");
        }
        this.scores = scores.clone();
        this.values = values.clone();
    }

    /** @return the blocks' mean scores, increasing */
    public double[] scores() {
        return scores.clone();
    }

    /** @return the blocks' shares of positives */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param score a score
     * @return its calibrated probability
     */
    public double apply(double score) {
        if (score <= scores[0]) {
            return values[0];
        }
        if (score >= scores[scores.length - 1]) {
            return values[values.length - 1];
        }
        int i = Arrays.binarySearch(scores, score);
        if (i >= 0) {
            return values[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (score - scores[lo]) / (scores[hi] - scores[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }

    /**
     * @param scores each example's score
     * @param labels each example's class
     * @return the fitted map
     */
    public static Isotonic fit(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).thenComparingInt(i -> i));
        // Blocks: sum of scores, sum of labels, count.
        List<double[]> blocks = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double[] b = {scores[i], labels[i] ? 1 : 0, 1};
            // Equal scores always share a block, so the map is a function of the score.
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[0] / blocks.get(blocks.size() - 1)[2] == scores[i]) {
                double[] last = blocks.remove(blocks.size() - 1);
                b = new double[] {last[0] + b[0], last[1] + b[1], last[2] + b[2]};
            }
            blocks.add(b);
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[2] < last[1] / last[2]) {
                    break;
                }
                blocks.remove(blocks.size() - 1);
                blocks.set(blocks.size() - 1, new double[] {prev[0] + last[0], prev[1] + last[1], prev[2] + last[2]});
            }
        }
        double[] s = new double[blocks.size()];
        double[] v = new double[blocks.size()];
        for (int i = 0; i < s.length; i++) {
            double[] b = blocks.get(i);
            s[i] = b[0] / b[2];
            v[i] = b[1] / b[2];
        }
        return new Isotonic(s, v);
    }
}
