package org.whosaid.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A first-order sequence tagger trained as an averaged structured perceptron (Collins, 2002): each
 * token's tag scores by the weights of its features for that tag, plus a weight for each pair of
 * neighbouring tags; the best sequence is found by Viterbi. Immutable once trained.
 */
public final class Perceptron {

    private static final int TAGS = Tag.count();

    private final Map<String, String> options;
    private final Map<String, Integer> features;
    /** Weight of feature f for tag t at f * TAGS + t. */
    private final float[] weights;
    /** Weight of tag a followed by tag b at a * TAGS + b; the start of a sequence is a = TAGS. */
    private final float[] transitions;

    private Perceptron(
            Map<String, String> options, Map<String, Integer> features, float[] weights, float[] transitions) {
        this.options = Map.copyOf(options);
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** A sequence to learn from: the features of its tokens and their tags. */
    record Sequence(int[][] features, int[] tags) {}

    /**
     * @param tokens the features of each token of a sequence
     * @return the best tags and, for each token, the margin of its tag over the next best choice there
     */
    public Tagging tag(String[][] tokens) {
        int[][] ids = new int[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            int[] row = new int[tokens[i].length];
            int k = 0;
            for (String f : tokens[i]) {
                Integer id = features.get(f);
                if (id != null) {
                    row[k++] = id;
                }
            }
            ids[i] = Arrays.copyOf(row, k);
        }
        return viterbi(ids, weights, transitions);
    }

    /**
     * The tags of a sequence.
     *
     * @param tags each token's tag
     * @param scores each token's score of each tag, emission only
     */
    public record Tagging(Tag[] tags, float[][] scores) {}

    private static Tagging viterbi(int[][] ids, float[] w, float[] trans) {
        int n = ids.length;
        float[][] emit = new float[n][TAGS];
        for (int i = 0; i < n; i++) {
            for (int f : ids[i]) {
                int base = f * TAGS;
                for (int t = 0; t < TAGS; t++) {
                    emit[i][t] += w[base + t];
                }
            }
        }
        Tag[] best = new Tag[n];
        if (n == 0) {
            return new Tagging(best, emit);
        }
        float[][] score = new float[n][TAGS];
        int[][] back = new int[n][TAGS];
        for (int t = 0; t < TAGS; t++) {
            score[0][t] = emit[0][t] + trans[TAGS * TAGS + t];
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < TAGS; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < TAGS; p++) {
                    float s = score[i - 1][p] + trans[p * TAGS + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[i][t] = top + emit[i][t];
                back[i][t] = arg;
            }
        }
        int arg = 0;
        for (int t = 1; t < TAGS; t++) {
            if (score[n - 1][t] > score[n - 1][arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = Tag.of(arg);
            arg = back[i][arg];
        }
        return new Tagging(best, emit);
    }

    /** Training data, handed over as often as asked: each sequence's token features and gold tags. */
    @FunctionalInterface
    public interface Examples {
        /** @param sink receives each sequence's token features and gold tags, always in the same order */
        void each(BiConsumer<String[][], Tag[]> sink);
    }

    /**
     * Trains a tagger.
     *
     * @param examples the sequences to learn from, read twice (to count the features, then to learn)
     * @param epochs passes over the data
     * @param minCount fewest tokens a feature must occur with to be kept
     * @param seed the seed of the order the sequences are visited in
     * @return the averaged tagger
     */
    public static Perceptron train(Examples examples, int epochs, int minCount, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        examples.each((s, tags) -> {
            for (String[] tok : s) {
                for (String f : tok) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        });
        // Ids in the order of the sorted names: the same data give the same model.
        Map<String, Integer> ids = new HashMap<>();
        new TreeMap<>(counts).forEach((f, c) -> {
            if (c >= minCount) {
                ids.put(f, ids.size());
            }
        });
        counts.clear();
        List<Sequence> data = new ArrayList<>();
        examples.each((s, tags) -> {
            int[][] rows = new int[s.length][];
            int[] gold = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                int[] row = new int[s[i].length];
                int k = 0;
                for (String f : s[i]) {
                    Integer id = ids.get(f);
                    if (id != null) {
                        row[k++] = id;
                    }
                }
                rows[i] = Arrays.copyOf(row, k);
                gold[i] = tags[i].ordinal();
            }
            data.add(new Sequence(rows, gold));
        });
        return train(ids, data, epochs, seed);
    }

    private static Perceptron train(Map<String, Integer> ids, List<Sequence> data, int epochs, long seed) {
        int size = ids.size() * TAGS;
        int transSize = (TAGS + 1) * TAGS;
        float[] w = new float[size];
        float[] trans = new float[transSize];
        // Sums for the average, kept lazily: total[x] += w[x] * (now - stamp[x]) whenever w[x] changes.
        double[] total = new double[size];
        long[] stamp = new long[size];
        double[] transTotal = new double[transSize];
        long[] transStamp = new long[transSize];
        long now = 0;
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int k : order) {
                Sequence s = data.get(k);
                now++;
                Tag[] guess = viterbi(s.features(), w, trans).tags();
                int prevGold = TAGS;
                int prevGuess = TAGS;
                for (int i = 0; i < guess.length; i++) {
                    int g = s.tags()[i];
                    int p = guess[i].ordinal();
                    if (g != p) {
                        for (int f : s.features()[i]) {
                            update(w, total, stamp, f * TAGS + g, 1, now);
                            update(w, total, stamp, f * TAGS + p, -1, now);
                        }
                    }
                    if (g != p || prevGold != prevGuess) {
                        update(trans, transTotal, transStamp, prevGold * TAGS + g, 1, now);
                        update(trans, transTotal, transStamp, prevGuess * TAGS + p, -1, now);
                    }
                    prevGold = g;
                    prevGuess = p;
                }
            }
        }
        now++;
        float[] avg = new float[size];
        for (int x = 0; x < size; x++) {
            avg[x] = (float) ((total[x] + w[x] * (double) (now - stamp[x])) / now);
        }
        float[] avgTrans = new float[transSize];
        for (int x = 0; x < transSize; x++) {
            avgTrans[x] = (float) ((transTotal[x] + trans[x] * (double) (now - transStamp[x])) / now);
        }
        return new Perceptron(Map.of(), ids, avg, avgTrans);
    }

    /**
     * @param key an option's name
     * @param value its value
     * @return this tagger with that option, kept in its file (how its features were made)
     */
    public Perceptron withOption(String key, String value) {
        Map<String, String> o = new TreeMap<>(options);
        o.put(key, value);
        return new Perceptron(o, features, weights, transitions);
    }

    /**
     * @param key an option's name
     * @return its value, or null
     */
    public String option(String key) {
        return options.get(key);
    }

    private static void update(float[] w, double[] total, long[] stamp, int x, float delta, long now) {
        total[x] += w[x] * (double) (now - stamp[x]);
        stamp[x] = now;
        w[x] += delta;
    }

    /**
     * Writes the tagger as text, leaving out features whose weights are all zero.
     *
     * @param out where to write
     * @param notes comment lines for the head of the file (provenance)
     * @throws IOException when writing fails
     */
    public void write(Writer out, List<String> notes) throws IOException {
        for (String n : notes) {
            out.write("# " + n + "\n");
        }
        out.write("tags\t" + TAGS + "\n");
        for (Map.Entry<String, String> o : new TreeMap<>(options).entrySet()) {
            out.write("o\t" + o.getKey() + "\t" + o.getValue() + "\n");
        }
        StringBuilder b = new StringBuilder("t");
        for (float x : transitions) {
            b.append('\t').append(number(x));
        }
        out.write(b.append('\n').toString());
        for (Map.Entry<String, Integer> e : new TreeMap<>(features).entrySet()) {
            int base = e.getValue() * TAGS;
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                any |= weights[base + t] != 0;
            }
            if (!any) {
                continue;
            }
            b.setLength(0);
            b.append("f\t").append(e.getKey());
            for (int t = 0; t < TAGS; t++) {
                b.append('\t').append(number(weights[base + t]));
            }
            out.write(b.append('\n').toString());
        }
    }

    /**
     * @param in a tagger written by {@link #write}
     * @return the tagger
     * @throws IOException when reading fails or the text is not a tagger
     */
    public static Perceptron read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> options = new TreeMap<>();
        List<float[]> rows = new ArrayList<>();
        float[] trans = null;
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "tags" -> {
                        if (Integer.parseInt(f[1]) != TAGS) {
                            throw new IOException("the tagger has " + f[1] + " tags, not " + TAGS);
                        }
                    }
                    case "o" -> options.put(f[1], f[2]);
                    case "t" -> {
                        trans = new float[(TAGS + 1) * TAGS];
                        if (f.length != trans.length + 1) {
                            throw new IOException("line " + n + " of the tagger has the wrong number of weights");
                        }
                        for (int i = 0; i < trans.length; i++) {
                            trans[i] = Float.parseFloat(f[i + 1]);
                        }
                    }
                    case "f" -> {
                        if (f.length != TAGS + 2) {
                            throw new IOException("line " + n + " of the tagger has the wrong number of weights");
                        }
                        float[] row = new float[TAGS];
                        for (int t = 0; t < TAGS; t++) {
                            row[t] = Float.parseFloat(f[t + 2]);
                        }
                        ids.put(f[1], rows.size());
                        rows.add(row);
                    }
                    default -> throw new IOException("line " + n + " of the tagger is not a weight line");
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + n + " of the tagger has a bad number", e);
            }
        }
        if (trans == null) {
            throw new IOException("the tagger has no transition weights");
        }
        float[] w = new float[rows.size() * TAGS];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, w, i * TAGS, TAGS);
        }
        return new Perceptron(options, ids, w, trans);
    }

    private static String number(float x) {
        if (x == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.4g", x);
    }
}
