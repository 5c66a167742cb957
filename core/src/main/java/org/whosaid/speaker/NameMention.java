package org.whosaid.speaker;

import java.util.List;

/**
 * One place where the article names a person or an organisation.
 *
 * @param first document index of its first token (the honorific where there is one)
 * @param nameFirst document index of the first token of the name itself
 * @param last document index one past its last token
 * @param start first character (of the honorific where there is one)
 * @param end one past the last character
 * @param type {@code PERSON} or {@code ORGANIZATION}
 * @param words the words of the name without honorifics ("Michael", "Flynn")
 * @param honorifics the honorifics before the name, in order ("Mr"; "Lt.", "Gen."), maybe none
 * @param place whether the tagger saw a place that the article has act as an organisation ("Mexico
 *     insisted")
 */
public record NameMention(
        int first,
        int nameFirst,
        int last,
        int start,
        int end,
        String type,
        List<String> words,
        List<String> honorifics,
        boolean place) {

    /** Person type. */
    public static final String PERSON = "PERSON";
    /** Organisation type. */
    public static final String ORGANIZATION = "ORGANIZATION";

    /** Copies the lists so the record stays immutable. */
    public NameMention {
        words = List.copyOf(words);
        honorifics = List.copyOf(honorifics);
    }

    /** @return the name without honorifics, words joined by single spaces */
    public String name() {
        return String.join(" ", words);
    }

    /** @return document index of the name's last token, the head of the name in the dependency tree */
    public int head() {
        return last - 1;
    }

    /** @return whether it names a person */
    public boolean isPerson() {
        return PERSON.equals(type);
    }

    /**
     * @param token a document token index
     * @return whether the mention covers it
     */
    public boolean covers(int token) {
        return first <= token && token < last;
    }

    /** @return the gender its honorifics imply, or unknown */
    public Gender honorificGender() {
        for (String h : honorifics) {
            Gender g = Honorifics.gender(h);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }
}
