package org.whosaid.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for results written to a folder: the article id made safe as a file name, with
 * "-2", "-3", ... where two articles of one run share an id (the same page captured twice).
 */
final class OutputNames {

    private static final int MAX_LENGTH = 120;
    private final Set<String> used = new HashSet<>();

    /**
     * @param id an article id
     * @return a file name for its result, unique in this run: {@code ID.json}
     */
    synchronized String next(String id) {
        String base = safe(id);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".json";
    }

    /** Letters, digits, dots, dashes and underscores only; no leading dot; not empty; not too long. */
    static String safe(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        return s.isEmpty() ? "article" : s;
    }
}
