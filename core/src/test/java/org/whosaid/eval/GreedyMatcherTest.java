package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyMatcherTest {

    private static final ScoredArticle ARTICLE = ScoredArticle.of("m", "a b c d e f g h");

    /** A statement whose content covers tokens {@code from} to {@code to} inclusive. */
    private static ScoredAttribution content(int from, int to) {
        Extent c = Extent.normalise(List.of(new Fragment(2 * from, 2 * to + 1)), ARTICLE.text());
        return ScoredAttribution.of(ARTICLE, Extent.NONE, Extent.NONE, c);
    }

    @Test
    void bestDiceFirstThenOverlapThenOrder() {
        List<ScoredAttribution> gold = List.of(content(0, 3), content(2, 5));
        List<ScoredAttribution> pred = List.of(content(2, 3), content(2, 5));
        assertEquals(
                List.of(new GreedyMatcher.Pair(1, 1, 1.0), new GreedyMatcher.Pair(0, 0, 2.0 * 2 / 6)),
                GreedyMatcher.match(pred, gold));
    }

    @Test
    void tiesGoToTheEarlierGold() {
        List<ScoredAttribution> gold = List.of(content(0, 3), content(2, 5));
        List<ScoredAttribution> pred = List.of(content(2, 3));
        assertEquals(List.of(new GreedyMatcher.Pair(0, 0, 2.0 * 2 / 6)), GreedyMatcher.match(pred, gold));
    }

    @Test
    void largerOverlapWinsAtEqualDice() {
        // pred {0..3} with gold {0..1}: dice 2*2/6; with gold {0..7}: 2*4/12, the same value, overlap 4
        List<ScoredAttribution> gold = List.of(content(0, 1), content(0, 7));
        List<ScoredAttribution> pred = List.of(content(0, 3));
        assertEquals(1, GreedyMatcher.match(pred, gold).get(0).gold());
    }

    @Test
    void noPairWithoutASharedToken() {
        assertEquals(List.of(), GreedyMatcher.match(List.of(content(0, 1)), List.of(content(4, 5))));
    }
}
