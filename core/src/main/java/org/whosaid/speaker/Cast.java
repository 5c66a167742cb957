package org.whosaid.speaker;

import java.util.List;
import java.util.Map;
import org.whosaid.result.Entity;

/**
 * The people and organisations of an article, and who made each statement.
 *
 * @param entities the article's entities, ids {@code e1}, {@code e2}, ...
 * @param speakers for each statement (same order as given), the index into {@code entities} of its
 *                 speaker, or -1 where the article never names it
 * @param referents for the head token of each name, resolved pronoun and resolved statement source,
 *                  the index into {@code entities} of what it refers to
 */
public record Cast(List<Entity> entities, List<Integer> speakers, Map<Integer, Integer> referents) {

    /** Copies the collections so the record stays immutable. */
    public Cast {
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
        referents = Map.copyOf(referents);
    }

    /**
     * @param token a document token index
     * @return the index of the entity the phrase headed by that token refers to, or -1
     */
    public int referent(int token) {
        return referents.getOrDefault(token, -1);
    }
}
