package org.whosaid.speaker;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns for the sources that articles leave unnamed ("a senior official", "the spokesman", "critics"),
 * from {@code unnamed-sources.txt}. Such a description names someone only through a tie the article
 * makes to a name, never because a named person happens to be near.
 */
final class UnnamedSources {

    private static final Set<String> NOUNS = new HashSet<>(WordLists.words("unnamed-sources.txt"));

    private UnnamedSources() {}

    /**
     * @param noun a noun in plain lower case
     * @return whether it is a noun for a source articles leave unnamed
     */
    static boolean isUnnamedNoun(String noun) {
        return NOUNS.contains(noun);
    }
}
