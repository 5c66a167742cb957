package org.whosaid.extract;

import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/**
 * Where what was said ends before the predicate of the sentence around it, which the parser hung on
 * the reported clause as a bare dependent: "how experts say it would shape tax law [has endured
 * throughout the campaign]", "Trump — even as he says his experience makes him qualified — [has
 * proposed little]". The sign is a verb with an auxiliary and no subject of its own, joined by the
 * unspecified relation to a clause that has its subject, or set off by a dash or comma from the cue.
 */
final class StrayPredicates {

    private StrayPredicates() {}

    /**
     * @param deps the article's trees
     * @param cue the cue verb
     * @param from the first token of the content
     * @param to one past its last token
     * @return the first token of a stray predicate inside the content, or {@code to}
     */
    static int end(Dependencies deps, int cue, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = deps.token(i);
            int head = t.head();
            if (!t.relation().equals(Relations.DEP)
                    || !t.isVerb()
                    || head < 0
                    || head >= i
                    || deps.child(i, Relations.NSUBJ) >= 0
                    || deps.child(i, Relations.AUX) < 0
                    || deps.quoted(i)) {
                continue;
            }
            int start = deps.subtree(i)[0];
            if (start <= from) {
                continue;
            }
            boolean ownClause = head != cue && head >= from && deps.child(head, Relations.NSUBJ) >= 0;
            boolean setOff = head == cue && deps.isPunct(start - 1);
            if (ownClause || setOff) {
                return start;
            }
        }
        return to;
    }
}
