package org.whosaid.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement's probability of being right: a logistic regression over its features, whose scores an
 * isotonic map calibrates. Read from and written to a small text file. Immutable.
 *
 * @param logistic the regression
 * @param calibration the map from its score to a probability
 * @param notes comment lines kept at the head of the file (provenance)
 */
public record ConfidenceModel(Logistic logistic, Isotonic calibration, List<String> notes) {

    /** Copies the notes so the record stays immutable. */
    public ConfidenceModel {
        notes = List.copyOf(notes);
    }

    /**
     * @param features a statement's features
     * @return its calibrated probability of being right, in [0, 1]
     */
    public double probability(Map<String, Double> features) {
        return Math.max(0, Math.min(1, calibration.apply(logistic.score(features))));
    }

    /**
     * @param out where to write the model as text
     * @throws IOException when writing fails
     */
    public void write(Writer out) throws IOException {
        for (String n : notes) {
            out.write("# " + n + "\n");
        }
        for (Map.Entry<String, Double> w : logistic.weights().entrySet()) {
            if (w.getValue() != 0) {
                out.write("w\t" + w.getKey() + "\t" + number(w.getValue()) + "\n");
            }
        }
        double[] s = calibration.scores();
        double[] v = calibration.values();
        for (int i = 0; i < s.length; i++) {
            out.write("c\t" + number(s[i]) + "\t" + number(v[i]) + "\n");
        }
    }

    /**
     * @param in a model written by {@link #write}
     * @return the model
     * @throws IOException when reading fails or the text is not a model
     */
    public static ConfidenceModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> notes = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        List<double[]> blocks = new ArrayList<>();
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f[0].equals("w") && f.length == 3) {
                    weights.put(f[1], Double.parseDouble(f[2]));
                } else if (f[0].equals("c") && f.length == 3) {
                    blocks.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
                } else {
                    throw new IOException("line " + n + " of the confidence model is not a weight or a block");
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + n + " of the confidence model has a bad number", e);
            }
        }
        if (blocks.isEmpty()) {
            throw new IOException("the confidence model has no calibration");
        }
        double[] s = new double[blocks.size()];
        double[] v = new double[blocks.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = blocks.get(i)[0];
            v[i] = blocks.get(i)[1];
        }
        return new ConfidenceModel(new Logistic(weights), new Isotonic(s, v), notes);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6g", d);
    }
}
