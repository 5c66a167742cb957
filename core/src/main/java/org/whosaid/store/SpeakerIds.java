package org.whosaid.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Store ids of speakers, readable and safe in addresses: {@code p-sean-spicer} for a person named in
 * full, {@code o-white-house} for an organisation, {@code l-spicer-3f2a9c1d} for a record local to one
 * article.
 */
final class SpeakerIds {

    private SpeakerIds() {}

    /**
     * @param key the merge key
     * @param type the entity type
     * @return the id of the store-wide record with that key
     */
    static String global(String key, String type) {
        return ("PERSON".equals(type) ? "p-" : "o-") + slug(key, key);
    }

    /**
     * @param articleId the article's store id
     * @param entityId the entity's id in the article
     * @param name its name
     * @return the id of the record local to that article
     */
    static String local(String articleId, String entityId, String name) {
        String where = sha256(articleId + "\u0000" + entityId).substring(0, 10);
        return "l-" + slug(String.join(" ", NameKey.words(name)), where) + "-" + where;
    }

    /**
     * @param text any text
     * @return its SHA-256, hex
     */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String slug(String words, String seed) {
        String s = words.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            return sha256(seed).substring(0, 12);
        }
        return s.length() > 60 ? s.substring(0, 60) + "-" + sha256(seed).substring(0, 8) : s;
    }
}
