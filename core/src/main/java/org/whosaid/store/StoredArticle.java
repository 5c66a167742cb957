package org.whosaid.store;

import java.util.Map;
import org.whosaid.result.ArticleResult;

/**
 * A stored article: its metadata, its text and everything extracted from it.
 *
 * @param id the store id (the input's id, made unique within the store)
 * @param title headline, or null
 * @param outlet publisher, or null
 * @param url address, or null
 * @param published publication date (ISO 8601), or null
 * @param origin the input it was read from
 * @param contentHash SHA-256 of the text, hex; the same text is stored once
 * @param ingested when it was stored (ISO 8601 instant)
 * @param result the extraction result; its {@code text} is the article text all offsets refer to
 * @param speakerIds for each entity id of the result ({@code e1}, ...), the speaker's store id
 */
public record StoredArticle(
        String id,
        String title,
        String outlet,
        String url,
        String published,
        String origin,
        String contentHash,
        String ingested,
        ArticleResult result,
        Map<String, String> speakerIds) {

    /** Copies the map so the record stays immutable. */
    public StoredArticle {
        speakerIds = Map.copyOf(speakerIds);
    }

    /** @return the article text */
    public String text() {
        return result.text();
    }
}
