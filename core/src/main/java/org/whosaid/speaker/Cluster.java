package org.whosaid.speaker;

import java.util.List;

/**
 * The mentions of one person or organisation.
 *
 * @param name the fullest form of the name the article uses
 * @param type {@code PERSON} or {@code ORGANIZATION}
 * @param gender what honorifics or the first name tell, for pronoun agreement
 * @param mentions indices into the article's name mentions, in text order
 */
public record Cluster(String name, String type, Gender gender, List<Integer> mentions) {

    /** Copies the list so the record stays immutable. */
    public Cluster {
        mentions = List.copyOf(mentions);
    }

    /** @return whether it is a person */
    public boolean isPerson() {
        return NameMention.PERSON.equals(type);
    }
}
