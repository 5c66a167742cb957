package org.whosaid.result;

import java.util.List;

/**
 * A person or organisation that the article mentions, once, with its fullest name.
 *
 * @param id identifier within the article ({@code e1}, {@code e2}, ...)
 * @param name the fullest form of the name in the article
 * @param type {@code PERSON} or {@code ORGANIZATION}
 * @param titles titles and roles the article gives it, in order of first appearance
 * @param mentions where the article refers to it
 */
public record Entity(String id, String name, String type, List<String> titles, List<Span> mentions) {

    /** Copies the lists so the record stays immutable. */
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
