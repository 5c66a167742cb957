package org.whosaid.speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the word lists that ship with the speaker stage: UTF-8 text, one entry a line, fields
 * separated by tabs, {@code #} starting a comment line. Each list is read by the one class that owns it.
 */
final class WordLists {

    private WordLists() {}

    /**
     * @param name a resource beside this class
     * @return its lines split into fields, comments and blank lines left out
     */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return out;
    }

    /**
     * @param name a resource beside this class
     * @return the first field of each line, in lower case
     */
    static List<String> words(String name) {
        return rows(name).stream().map(f -> f[0].toLowerCase(Locale.ROOT)).toList();
    }
}
