package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.statement.Rule;
import org.whosaid.statement.Statement;

/**
 * A rule of statement finding: it adds the statements it finds to those found so far, or reshapes
 * them (joins, drops, trims). {@link Statements} runs the rules in order.
 */
interface FindingRule extends Rule {

    /**
     * @param draft the article
     * @param found the statements found so far
     * @return the statements found after this rule
     */
    List<Statement> apply(Draft draft, List<Statement> found);

    /**
     * @param found the statements found so far
     * @param more the statements a rule that only adds has found
     * @return both, those found so far first
     */
    static List<Statement> adding(List<Statement> found, List<Statement> more) {
        List<Statement> out = new ArrayList<>(found);
        out.addAll(more);
        return out;
    }
}
