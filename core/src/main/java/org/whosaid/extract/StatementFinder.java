package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Parsed;

/** A stage that finds statements in a parsed article. */
@FunctionalInterface
public interface StatementFinder {

    /**
     * @param doc the parsed article
     * @return the statements found, in text order
     */
    List<Statement> find(Parsed doc);
}
