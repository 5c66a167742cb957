package org.whosaid.store;

import java.util.List;

/**
 * A title or role given to a speaker, and where and when it was seen.
 *
 * @param title the title as written ("White House press secretary")
 * @param dates the publication dates (ISO 8601) of the articles that give it, ascending, distinct;
 *              articles without a known date add none
 * @param articleIds the store ids of the articles that give it
 */
public record TitleSeen(String title, List<String> dates, List<String> articleIds) {

    /** Copies the lists so the record stays immutable. */
    public TitleSeen {
        dates = List.copyOf(dates);
        articleIds = List.copyOf(articleIds);
    }
}
