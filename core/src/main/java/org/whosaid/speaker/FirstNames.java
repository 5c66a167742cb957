package org.whosaid.speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of English first names, from the name list that ships with the CoreNLP models.
 * Names listed with both genders count as unknown.
 */
public final class FirstNames {

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Map<String, Gender> names;

    private FirstNames() {}

    /**
     * @param name a first name, any case
     * @return its usual gender, or unknown where the list does not have it or has it both ways
     */
    public static Gender gender(String name) {
        return table().getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * @param name a word, any case
     * @return whether the list has it as a first name, of either gender or both
     */
    public static boolean isKnown(String name) {
        return table().containsKey(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Gender> table() {
        Map<String, Gender> t = names;
        if (t == null) {
            synchronized (FirstNames.class) {
                t = names;
                if (t == null) {
                    t = load();
                    names = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Map.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length != 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    continue;
                }
                Gender g = Gender.valueOf(f[1]);
                out.merge(f[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
