package org.whosaid.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whosaid.speaker.Honorifics;

/**
 * The normalised form of a name under which entities of different articles are joined: lower case,
 * without diacritics and punctuation, and for people without leading honorifics and titles. A person is joined across
 * articles only when named by at least two words (a first name and a surname); a surname alone
 * could be anyone of that name. Middle initials and suffixes (Jr, III) are kept: "George W. Bush"
 * and "George H. W. Bush" are two people.
 */
final class NameKey {

    /** Besides the honorifics, the article that may open a name ("the Rev. Al Sharpton", "the White House"). */
    private static final String ARTICLE = "the";

    private NameKey() {}

    /**
     * @param word a lower-case word
     * @return whether it is an honorific or title that may stand before a person's name
     */
    static boolean isHonorific(String word) {
        String w = word.replace(".", "");
        return w.equals(ARTICLE) || Honorifics.isListed(w);
    }

    /**
     * @param name a name as written
     * @return its words, normalised: lower case, diacritics and punctuation removed
     */
    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019`]s\\b", "")
                .replaceAll("['\u2019`.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * @param name a name as written
     * @return its words without the honorifics and titles before it, as for a person
     */
    static List<String> nameWords(String name) {
        return nameWords(name, "PERSON");
    }

    private static List<String> nameWords(String name, String type) {
        List<String> words = new ArrayList<>(words(name));
        boolean person = "PERSON".equals(type);
        while (words.size() > 1
                && (person ? isHonorific(words.get(0)) : words.get(0).equals(ARTICLE))) {
            words.remove(0);
        }
        return words;
    }

    /**
     * @param name an entity's name as written
     * @param type its type ({@code PERSON}, {@code ORGANIZATION})
     * @return the key that joins it across articles; empty where it must stay local to its article
     */
    static Optional<String> of(String name, String type) {
        List<String> words = nameWords(name, type);
        boolean person = "PERSON".equals(type);
        if (words.isEmpty() || person && words.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words));
    }
}
