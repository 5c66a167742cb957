package org.whosaid.store;

import java.util.Optional;
import org.whosaid.result.Entity;

/**
 * The keys under which the store knows articles and joins speakers, for those who build the same
 * tables elsewhere (a corpus job on a cluster): what the store does with an article, they can do
 * with the same result and get the same ids.
 */
public final class StoreKeys {

    private StoreKeys() {}

    /**
     * @param text an article text
     * @return the hash under which the store keeps it once: SHA-256 of its UTF-8 bytes, hex
     */
    public static String contentHash(String text) {
        return SpeakerIds.sha256(text);
    }

    /**
     * @param entity a person or organisation of an article
     * @return the normalised name that joins it to the same one in other articles; empty where it
     *     stays local to its article (a person named by one word)
     */
    public static Optional<String> mergeKey(Entity entity) {
        return NameKey.of(entity.name(), entity.type());
    }

    /**
     * @param articleId the article's store id
     * @param entity a person or organisation of that article
     * @return its speaker's store id: {@code p-...} or {@code o-...} across articles, {@code l-...}
     *     for a record local to the article
     */
    public static String speakerId(String articleId, Entity entity) {
        return mergeKey(entity)
                .map(k -> SpeakerIds.global(k, entity.type()))
                .orElseGet(() -> SpeakerIds.local(articleId, entity.id(), entity.name()));
    }
}
