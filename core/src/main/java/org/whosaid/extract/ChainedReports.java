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

    /** Conjunctions that set a second report against the first ("though she noted ..."); "because" gives a reason within it. */
    private static final Set<String> CONCEDING = Set.of("though", "although", "while", "whereas");

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
            quotes += tokens.get(k - 1).isQuoteMark() ? 1 : 0;
            if (quotes % 2 == 1 || !opens(doc, tokens.get(k), lexicon)) {
                continue;
            }
            int b = clauseStart(doc, k, from);
            int end = b;
            while (end > from && JOINS.contains(lower(tokens.get(end - 1)))) {
                end--;
            }
            boolean marked = tokens.get(b).relation().equals(Relations.MARK)
                    && tokens.get(b).head() == k;
            if ((end < b || marked) && end > from) {
                return end;
            }
        }
        return to;
    }

    /**
     * A verb of speaking in the past or present tense, joined to the clause before, that says something
     * of its own; or one set against it with its own subject ("..., though she noted she has ..."), also
     * where the parser made it a modifier of what it says.
     */
    private static boolean opens(Parsed doc, Token t, CueLexicon lexicon) {
        String relation = t.relation();
        if (!t.isFinite() || lexicon.reliability(t) < CueLexicon.CLAUSE) {
            return false;
        }
        if (relation.equals(Relations.CONJ) || relation.equals(Relations.PARATAXIS)) {
            return TrailingParticiples.governsClause(doc, t.index());
        }
        return relation.equals(Relations.ADVCL)
                && (t.head() > t.index() || TrailingParticiples.governsClause(doc, t.index()))
                && doc.children(t.index()).stream()
                        .anyMatch(c -> c.relation().equals(Relations.MARK)
                                && CONCEDING.contains(c.word().toLowerCase(Locale.ROOT)))
                && doc.children(t.index()).stream().anyMatch(c -> c.relation().equals(Relations.NSUBJ));
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
