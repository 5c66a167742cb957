package org.whosaid.time;

import org.whosaid.extract.Statement;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/** Dates a statement from a time expression in its sentence, resolved against the publication date. */
public final class StatementDater {

    /**
     * @param doc the parsed article
     * @param statement one of its statements
     * @return the ISO 8601 date at the text's precision, or null where the sentence gives none
     */
    public String date(Parsed doc, Statement statement) {
        Sentence s = doc.sentences().get(statement.sentence());
        for (Token t : s.tokens()) {
            if (t.timex() != null && t.timex().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                    && !statement.content().stream().anyMatch(c -> c.start() <= t.start() && t.end() <= c.end())) {
                return t.timex();
            }
        }
        return null;
    }
}
