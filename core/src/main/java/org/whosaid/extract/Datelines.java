package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * The dateline that opens wire copy ("SINGAPORE (The Straits Times/ANN):", "WASHINGTON (Reuters) -",
 * "LONDON, March 3 -"): where the story was filed and by whom, never what anyone said.
 */
public final class Datelines {

    /** The rule's name in the catalogue. */
    public static final String RULE = "dateline";

    /**
     * A place in capitals, perhaps a date, and the agency in brackets before a colon or dash, or
     * without the agency before a dash; a colon alone after capitals is a transcript's speaker.
     */
    private static final Pattern DATELINE =
            Pattern.compile("\\A\\s*\\p{Lu}[\\p{Lu}.'\u2019-]+(?:[ /]\\p{Lu}[\\p{Lu}.'\u2019-]*)*"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\d{1,2})?)?(?:,\\s*\\d{4})?\\s*"
                    + "(?:\\([^()\\n]{1,60}\\)\\s*(?:[:\u2013\u2014-]|--)|(?:[\u2013\u2014-]|--))\\s");

    private Datelines() {}

    /**
     * @param text an article's text
     * @return the offset where the dateline that opens it ends, or 0 where there is none
     */
    public static int end(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * @param text an article's text
     * @param statements its statements
     * @return them without what lies in the dateline; a statement left with nothing said is dropped
     */
    public static List<Statement> trim(String text, List<Statement> statements) {
        int end = end(text);
        if (end == 0) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            List<Span> content =
                    s.content().stream().filter(c -> c.start() >= end).toList();
            if (content.size() == s.content().size()) {
                out.add(s);
            } else if (!content.isEmpty()) {
                out.add(s.withContent(content));
            }
        }
        return out;
    }
}
