package org.whosaid.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read from its input: the text every offset refers to, and what is known of it.
 *
 * @param id identifier, stable for the same input (file name without extension, or record id)
 * @param text the article text, as read (after decoding, before any cleaning)
 * @param title headline, or null
 * @param url address, or null
 * @param outlet publisher, or null
 * @param published publication date, or null where unknown
 * @param origin where it was read from (file, and record within it), for messages
 */
public record Article(
        String id, String text, String title, String url, String outlet, LocalDate published, String origin) {

    /** Requires an id and a text. */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (origin == null) {
            origin = id;
        }
    }

    /**
     * A bare article: only a text.
     *
     * @param id identifier
     * @param text the text
     * @param published publication date, or null
     * @return the article
     */
    public static Article of(String id, String text, LocalDate published) {
        return new Article(id, text, null, null, null, published, id);
    }

    /**
     * @param date a publication date, or null
     * @return this article with that date where it had none
     */
    public Article withDefaultPublished(LocalDate date) {
        return published != null || date == null ? this : new Article(id, text, title, url, outlet, date, origin);
    }
}
