package org.whosaid.speaker;

import java.util.List;
import org.whosaid.result.Entity;

/**
 * The people and organisations of an article, and who made each statement.
 *
 * @param entities the article's entities, ids {@code e1}, {@code e2}, ...
 * @param speakers for each statement (same order as given), the index into {@code entities} of its
 *                 speaker, or -1 where the article never names it
 */
public record Cast(List<Entity> entities, List<Integer> speakers) {

    /** Copies the lists so the record stays immutable. */
    public Cast {
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
    }
}
