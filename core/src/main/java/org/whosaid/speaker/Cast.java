package org.whosaid.speaker;

import java.util.List;
import java.util.Map;
import org.whosaid.result.Entity;
import org.whosaid.statement.Statement;

/**
 * The people and organisations of an article, and who made each statement.
 *
 * @param entities the article's entities, ids {@code e1}, {@code e2}, ...
 * @param statements the statements (same order as given), each with its speakers: indices into
 *     {@code entities}
 * @param referents for the head token of each name, resolved pronoun and resolved statement source,
 *                  the index into {@code entities} of what it refers to
 */
public record Cast(List<Entity> entities, List<Statement> statements, Map<Integer, Integer> referents) {

    /** Copies the collections so the record stays immutable. */
    public Cast {
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
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
