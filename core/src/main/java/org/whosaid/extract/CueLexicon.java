package org.whosaid.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.whosaid.nlp.Token;

/**
 * Words that introduce attributions, with how reliably they do: for each word form, how often it
 * stood inside an annotated cue in the PolNeAR train split and how often it occurred at all (see
 * {@code docs/extraction.md} for how the list is rebuilt). Immutable.
 */
public final class CueLexicon {

    /** Share of a verb's occurrences that must have been cues for it to introduce a clause ("said that"). */
    public static final double CLAUSE = 0.12;
    /** Share needed for an infinitive complement ("wants him to") or a parenthetical cue. */
    public static final double INFINITIVE = 0.25;
    /** Share needed where the complement is a plain object ("criticized the plan"). */
    public static final double OBJECT = 0.45;
    /** Share that makes a word a verb of speaking, whose short quotation is speech ("said", "told"). */
    public static final double SPEECH = 0.5;

    /** Unseen occurrences that temper the reliability of a rarely seen form (see {@link #tempered}). */
    static final int DOUBT = 2;

    private static final String RESOURCE = "cues.tsv";
    private static volatile CueLexicon standard;

    private final Map<String, int[]> counts;

    /**
     * @param counts word form (lower case) to {times inside a cue, times in the text}
     */
    public CueLexicon(Map<String, int[]> counts) {
        Map<String, int[]> copy = new HashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.clone()));
        this.counts = Map.copyOf(copy);
    }

    /** @return the lexicon shipped with whosaid, loaded once */
    public static CueLexicon standard() {
        CueLexicon l = standard;
        if (l == null) {
            try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing");
                }
                l = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = l;
        }
        return l;
    }

    /**
     * Reads a lexicon: lines {@code form TAB cue-count TAB text-count}; {@code #} starts a comment.
     *
     * @param in the lexicon text, UTF-8
     * @return the lexicon
     * @throws IOException when reading fails
     */
    public static CueLexicon read(InputStream in) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        return new CueLexicon(counts);
    }

    /**
     * @param form a word form
     * @return the share of its occurrences that were cues (0 where unknown)
     */
    public double reliability(String form) {
        int[] c = counts.get(normal(form));
        return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    /**
     * The share of a form's occurrences that were cues, as if it had been seen {@value #DOUBT} times
     * more and never in a cue: a form seen three times, each in a cue, is less sure than one seen in a
     * cue four hundred times of five hundred.
     *
     * @param form a word form
     * @return the tempered share, 0 where unknown
     */
    public double tempered(String form) {
        int[] c = counts.get(normal(form));
        return c == null ? 0 : (double) c[0] / (c[1] + DOUBT);
    }

    /**
     * @param form a word form
     * @return how often it stood inside a cue (0 where unknown)
     */
    public int cueCount(String form) {
        int[] c = counts.get(normal(form));
        return c == null ? 0 : c[0];
    }

    /**
     * The reliability of a token as a cue: its own form's, or its lemma's where the form was never
     * seen (so that "tweets" counts as "tweet").
     *
     * @param t a token
     * @return the share of cue occurrences, 0 where neither is known
     */
    public double reliability(Token t) {
        String form = normal(t.word());
        if (counts.containsKey(form) && counts.get(form)[0] >= 3) {
            return reliability(form);
        }
        return t.lemma() == null ? 0 : reliability(t.lemma());
    }

    private static String normal(String w) {
        return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
