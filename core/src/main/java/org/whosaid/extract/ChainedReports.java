package org.whosaid.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/**
 * Where what a statement says ends before a second report joined to it: "emphasized that the reforms
 * were not complete, and rights groups warned that ...", "stressed her support of the raid ... and
 * said she has ...". The joined verb of speaking, with a clause of its own, is a statement of its own,
 * whatever the parser hung it on. A report the speaker tells of ("said that officials warned that
 * ...") is the complement of what was said, not joined to it, and stays; so do words in quotation
 * marks.
 */
public final class ChainedReports {

    /** Words that join a second clause to the first. */
    private static final Set<String> JOINS = Set.of(",", ";", "and", "but", "--", "\u2014", "\u2013");

    private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "\"", "\u201c", "\u201d");

    private ChainedReports() {}

    /**
     * @param doc the parsed article
     * @param from the first token of the content
     * @param to one past its last token
     * @param lexicon the cue words
     * @return one past the last token before a joined report and the words that join it, or {@code to}
     */
    public static int end(Parsed doc, int from, int to, CueLexicon lexicon) {
        List<Token> tokens = doc.tokens();
        int quotes = 0;
        for (int k = from + 1; k < to; k++) {
            quotes += QUOTE_MARKS.contains(tokens.get(k - 1).word()) ? 1 : 0;
            if (quotes % 2 == 1 || !opens(doc, tokens.get(k), lexicon)) {
                continue;
            }
            int b = clauseStart(doc, k, from);
            int end = b;
            while (end > from && JOINS.contains(lower(tokens.get(end - 1)))) {
                end--;
            }
            if (end < b && end > from) {
                return end;
            }
        }
        return to;
    }

    /** A verb of speaking in the past or present tense, joined to the clause before, that says something of its own. */
    private static boolean opens(Parsed doc, Token t, CueLexicon lexicon) {
        String relation = t.relation();
        return (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))
                && (relation.equals(Relations.CONJ) || relation.equals(Relations.PARATAXIS))
                && lexicon.reliability(t) >= CueLexicon.CLAUSE
                && TrailingParticiples.governsClause(doc, t.index());
    }

    /**
     * The first word of the verb's clause: of its subject and the words before that it governs, and of
     * a noun phrase the parser left out of the subject ("and human rights groups warned").
     */
    private static int clauseStart(Parsed doc, int verb, int from) {
        List<Token> tokens = doc.tokens();
        int b = verb;
        for (Token c : doc.children(verb)) {
            if (c.index() < verb && !c.relation().equals(Relations.PUNCT)) {
                b = Math.min(b, doc.subtree(c.index())[0]);
            }
        }
        if (JOINS.contains(lower(tokens.get(b)))) {
            return b + 1;
        }
        while (b > from && !JOINS.contains(lower(tokens.get(b - 1))) && nominal(tokens.get(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean nominal(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN")
                || pos.startsWith("JJ")
                || pos.equals("DT")
                || pos.equals("CD")
                || pos.equals("POS")
                || pos.equals("PRP$");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
