package org.whosaid.pipeline;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Statement;

/**
 * A stage after the rules that reviews what they found: it may add statements they missed, and put
 * its own in the place of theirs where it judges them better. It runs where its rule is on.
 */
public interface StatementReview {

    /**
     * @param doc the parsed article
     * @param found the statements the rules found, in text order
     * @return the statements kept and added, in text order, no two sharing content
     */
    List<Statement> review(Parsed doc, List<Statement> found);

    /** @return the name of its rule, which the statements it adds carry */
    String rule();
}
