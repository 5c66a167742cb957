package org.whosaid.pipeline;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Statement;

/** A stage that adds the statements the rules missed to those they found; it runs where its rule is on. */
public interface StatementAdder {

    /**
     * @param doc the parsed article
     * @param found the statements the rules found, in text order
     * @return further statements, none of which shares content with a statement found
     */
    List<Statement> add(Parsed doc, List<Statement> found);

    /** @return the name of its rule, which the added statements carry */
    String rule();
}
