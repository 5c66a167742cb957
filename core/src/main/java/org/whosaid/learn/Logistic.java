package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logistic regression over named features, with an L2 penalty, fitted exactly by Newton's method (the
 * problems here have a few hundred features): the same data give the same weights. Immutable.
 */
public final class Logistic {

    private static final String BIAS = "(bias)";
    private static final int ITERATIONS = 50;

    private final Map<String, Double> weights;

    /** @param weights weight of each feature, the intercept under {@code (bias)} */
    public Logistic(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** @return the weights, the intercept under {@code (bias)} */
    public Map<String, Double> weights() {
        return weights;
    }

    /**
     * @param features named features and their values
     * @return the linear score (log odds)
     */
    public double score(Map<String, Double> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return z;
    }

    /**
     * @param features named features and their values
     * @return the probability of the positive class
     */
    public double probability(Map<String, Double> features) {
        return sigmoid(score(features));
    }

    /**
     * Fits a model. Features seen in fewer than {@code minCount} examples are left out.
     *
     * @param examples each example's features
     * @param labels each example's class
     * @param l2 the penalty on the squared weights (not on the intercept)
     * @param minCount fewest examples a feature must occur in
     * @return the fitted model
     */
    public static Logistic fit(List<Map<String, Double>> examples, List<Boolean> labels, double l2, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, Double> x : examples) {
            x.keySet().forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        List<String> names = new ArrayList<>();
        names.add(BIAS);
        counts.forEach((k, n) -> {
            if (n >= minCount) {
                names.add(k);
            }
        });
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int d = names.size();
        int n = examples.size();
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        for (int e = 0; e < n; e++) {
            List<int[]> kept = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            kept.add(new int[] {0});
            values.add(1.0);
            for (Map.Entry<String, Double> f : examples.get(e).entrySet()) {
                Integer i = index.get(f.getKey());
                if (i != null) {
                    kept.add(new int[] {i});
                    values.add(f.getValue());
                }
            }
            idx[e] = kept.stream().mapToInt(a -> a[0]).toArray();
            val[e] = values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int e = 0; e < n; e++) {
                double z = 0;
                for (int k = 0; k < idx[e].length; k++) {
                    z += w[idx[e][k]] * val[e][k];
                }
                double p = sigmoid(z);
                double r = p - (labels.get(e) ? 1 : 0);
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < idx[e].length; a++) {
                    grad[idx[e][a]] += r * val[e][a];
                    for (int b = 0; b < idx[e].length; b++) {
                        hess[idx[e][a]][idx[e][b]] += s * val[e][a] * val[e][b];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                grad[i] += l2 * w[i];
                hess[i][i] += l2;
            }
            hess[0][0] += 1e-6;
            double[] step = Cholesky.solve(hess, grad);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) {
            weights.put(names.get(i), w[i]);
        }
        return new Logistic(weights);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
