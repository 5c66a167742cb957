package org.whosaid.server;

import java.util.List;
import java.util.Map;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.store.StoredArticle;

/**
 * A stored article as the API shows it: metadata, text, statements and entities, and the store ids of
 * the article's speakers.
 *
 * @param id the store id
 * @param title headline, or null
 * @param outlet publisher, or null
 * @param url address, or null
 * @param published publication date, or null
 * @param origin where it was read from
 * @param ingested when it was stored
 * @param text the text every span refers to
 * @param attributions the statements, in text order
 * @param entities people and organisations of the article
 * @param speakerIds for each entity id of the article, its speaker's store id
 */
public record ArticleView(
        String id,
        String title,
        String outlet,
        String url,
        String published,
        String origin,
        String ingested,
        String text,
        List<Attribution> attributions,
        List<Entity> entities,
        Map<String, String> speakerIds) {

    /**
     * @param stored an article of the store
     * @return its view
     */
    public static ArticleView of(StoredArticle stored) {
        return new ArticleView(
                stored.id(),
                stored.title(),
                stored.outlet(),
                stored.url(),
                stored.published(),
                stored.origin(),
                stored.ingested(),
                stored.text(),
                stored.result().attributions(),
                stored.result().entities(),
                stored.speakerIds());
    }
}
