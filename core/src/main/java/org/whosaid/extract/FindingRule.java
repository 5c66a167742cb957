package org.whosaid.extract;

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
}
