package org.whosaid.speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names people ("senator", "businessman", "critic") or things ("remarks",
 * "debate", "returns"), from the animacy lists that ship with the CoreNLP models (Bergsma and Lin's
 * web counts, as used by CoreNLP's coreference).
 */
public final class Animacy {

    private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";
    private static volatile Set<String>[] lists;

    /** What a noun names. */
    public enum Kind {
        /** People. */
        ANIMATE,
        /** Things, ideas, events. */
        INANIMATE,
        /** The lists do not say. */
        UNKNOWN
    }

    private Animacy() {}

    /**
     * @param noun a common noun in its lemma form, any case
     * @return what the lists say it names
     */
    public static Kind of(String noun) {
        Set<String>[] l = lists();
        String k = noun.toLowerCase(Locale.ROOT);
        return l[0].contains(k) ? Kind.ANIMATE : l[1].contains(k) ? Kind.INANIMATE : Kind.UNKNOWN;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] lists() {
        Set<String>[] l = lists;
        if (l == null) {
            synchronized (Animacy.class) {
                l = lists;
                if (l == null) {
                    l = new Set[] {load(ANIMATE), load(INANIMATE)};
                    lists = l;
                }
            }
        }
        return l;
    }

    /** The lower-case entries of a list: capitalised ones are names, not nouns. */
    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the CoreNLP models jar lacks " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT))) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
