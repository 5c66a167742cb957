package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Rules;

/**
 * A parsed article as the finding rules see it: its trees, its quotations, the cue words and which
 * rules run. Immutable.
 *
 * @param deps the article's dependency trees (and through them the parsed article)
 * @param quotes its quotations, in text order
 * @param lexicon the cue words and how reliable each is
 * @param rules which rules run
 */
record Draft(Dependencies deps, List<Quotation> quotes, CueLexicon lexicon, Rules rules) {

    Draft {
        quotes = List.copyOf(quotes);
    }

    /** @return the parsed article */
    Parsed doc() {
        return deps.doc();
    }

    /** @return the article text */
    String text() {
        return deps.doc().text();
    }
}
