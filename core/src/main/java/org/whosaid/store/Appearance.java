package org.whosaid.store;

import java.util.List;
import org.whosaid.result.Span;

/**
 * Evidence for a speaker record: one article's entity that the store counts as this speaker, with
 * the name it had there and where the article mentions it. Together with the record's merge key
 * these say why articles were joined into one record.
 *
 * @param articleId the article's store id
 * @param entityId the entity's id within the article ({@code e1}, ...)
 * @param name the entity's name in that article
 * @param titles the titles the article gives it
 * @param published the article's publication date (ISO 8601), or null
 * @param mentions where the article mentions it
 */
public record Appearance(
        String articleId, String entityId, String name, List<String> titles, String published, List<Span> mentions) {

    /** Copies the lists so the record stays immutable. */
    public Appearance {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
