package org.whosaid.speaker;

import java.util.List;
import org.whosaid.statement.Rule;
import org.whosaid.statement.Statement;

/**
 * A way of resolving who made a statement. {@link SpeakerResolver} tries the rules in order; the
 * first that resolves the statement wins.
 */
interface SpeakerRule extends Rule {

    /**
     * @param scene the article's entities, titles and resolved pronouns
     * @param s the statement
     * @param previous the statement before it, with its speakers, or null
     * @return the indices of the entities that made the statement, or an empty list where this rule
     *     does not resolve it
     */
    List<Integer> resolve(Scene scene, Statement s, Statement previous);
}
