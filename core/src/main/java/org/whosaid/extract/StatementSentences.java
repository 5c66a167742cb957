package org.whosaid.extract;

import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.TimeScope;
import org.whosaid.nlp.Token;

/**
 * The sentences whose time expressions can date a statement: those that may hold one (a quotation
 * mark, a cue verb, "according to", a colon) and the sentence before each, which dates a statement
 * that continues it. Everywhere else, resolving times would be wasted work.
 */
public final class StatementSentences implements TimeScope {

    private static final String MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e";

    private final CueLexicon lexicon;

    /** @param lexicon the cue words */
    public StatementSentences(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean[] select(Parsed draft) {
        boolean[] wanted = new boolean[draft.sentences().size()];
        for (Sentence s : draft.sentences()) {
            if (mayHoldStatement(s)) {
                wanted[s.index()] = true;
                if (s.index() > 0) {
                    wanted[s.index() - 1] = true;
                }
            }
        }
        return wanted;
    }

    private boolean mayHoldStatement(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.equals(":") || w.equalsIgnoreCase("according") || w.equals("''") || w.equals("``")
                    || MARKS.indexOf(w.charAt(0)) >= 0
                    || t.isVerb() && lexicon.reliability(t) >= ReportedSpeech.CLAUSE_MIN) {
                return true;
            }
        }
        return false;
    }
}
