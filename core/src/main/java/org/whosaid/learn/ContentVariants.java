package org.whosaid.learn;

import java.util.List;
import org.whosaid.extract.ChainedReports;
import org.whosaid.extract.ContentBoundaries;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.extract.TrailingParticiples;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Another reading of a statement's content, from the dependency tree: the whole phrase that the cue
 * governs and that holds the content's head (the tagger decides word by word and may stop short of
 * the phrase's end). The selection model chooses between the two. Thread safe.
 */
final class ContentVariants {

    /** Most steps up the tree from the content's head to the cue's dependent. */
    private static final int CLIMB = 4;

    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final CueLexicon lexicon = CueLexicon.standard();

    /**
     * @param doc the parsed article
     * @param index its token index
     * @param quotes its quotations
     * @param s a statement with a cue
     * @return the statement with the phrase the cue governs for content, or null where that is not
     *     different from its content or cannot be found
     */
    Statement phrase(Parsed doc, TokenIndex index, List<Quotation> quotes, Statement s) {
        if (s.cue() == null || s.content().size() != 1) {
            return null;
        }
        List<Token> tokens = doc.tokens();
        int[] c = index.range(s.content().get(0));
        int[] cue = index.range(s.cue());
        if (c[0] >= c[1] || cue[0] >= cue[1]) {
            return null;
        }
        int head = -1;
        for (int i = c[0]; i < c[1]; i++) {
            int h = tokens.get(i).head();
            if (h < c[0] || h >= c[1]) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        int a = head;
        for (int step = 0; step < CLIMB; step++) {
            int up = tokens.get(a).head();
            if (up < 0 || tokens.get(up).sentence() != tokens.get(a).sentence()) {
                return null;
            }
            if (up >= cue[0] && up < cue[1]) {
                break;
            }
            if (s.source() != null && inside(tokens.get(up), s.source())) {
                return null;
            }
            a = up;
            if (step == CLIMB - 1) {
                return null;
            }
        }
        int[] r = doc.subtree(a);
        int lo = r[0];
        int hi = r[1];
        // Keep the cue and the source out, on the side of the phrase's head.
        for (Span out : s.source() == null ? List.of(s.cue()) : List.of(s.cue(), s.source())) {
            int[] o = index.range(out);
            if (o[0] < hi && lo < o[1]) {
                if (o[1] <= a) {
                    lo = Math.max(lo, o[1]);
                } else if (o[0] > a) {
                    hi = Math.min(hi, o[0]);
                } else {
                    return null;
                }
            }
        }
        hi = TrailingParticiples.end(doc, a, hi, null);
        hi = ChainedReports.end(doc, a, hi, lexicon);
        if (lo >= hi || lo == c[0] && hi == c[1]) {
            return null;
        }
        Span content =
                Span.of(doc.text(), tokens.get(lo).start(), tokens.get(hi - 1).end());
        List<Statement> adjusted = boundaries.apply(doc.text(), quotes, List.of(s.withContent(List.of(content))));
        if (adjusted.isEmpty() || adjusted.get(0).content().equals(s.content())) {
            return null;
        }
        return adjusted.get(0);
    }

    private static boolean inside(Token t, Span s) {
        return t.start() >= s.start() && t.end() <= s.end();
    }
}
