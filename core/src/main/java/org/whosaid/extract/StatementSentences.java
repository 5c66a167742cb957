package org.whosaid.extract;

import java.util.Arrays;
import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.TimeScope;
import org.whosaid.nlp.Token;
import org.whosaid.time.StatementDater;

/**
 * The sentences whose time expressions can date a statement: those that may hold one (a quotation,
 * a cue verb, "according to", a colon), the sentence before each, which dates a statement that
 * continues it, and, where such a sentence points back to an event, the article's opening sentences,
 * which date what was said "after the match".
 * Everywhere else, resolving times would be wasted work.
 */
public final class StatementSentences implements TimeScope {

    private final QuoteScanner scanner = new QuoteScanner();
    private final CueLexicon lexicon;

    /** @param lexicon the cue words */
    public StatementSentences(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean[] select(Parsed draft) {
        boolean[] wanted = new boolean[draft.sentences().size()];
        List<Quotation> quotes = scanner.scan(draft.text());
        int q = 0;
        for (Sentence s : draft.sentences()) {
            while (q < quotes.size() && quotes.get(q).end() <= s.start()) {
                q++;
            }
            boolean quoted = q < quotes.size() && quotes.get(q).start() < s.end();
            if (quoted || hasCue(s)) {
                wanted[s.index()] = true;
                if (s.index() > 0) {
                    wanted[s.index() - 1] = true;
                }
                if (StatementDater.mayPointBack(s)) {
                    Arrays.fill(wanted, 0, Math.min(StatementDater.LEDE, wanted.length), true);
                }
            }
        }
        return wanted;
    }

    private boolean hasCue(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.equals(":")
                    || w.equalsIgnoreCase("according")
                    || t.isVerb() && lexicon.reliability(t) >= CueLexicon.CLAUSE) {
                return true;
            }
        }
        return false;
    }
}
