package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizationTest {

    private static final String TEXT = "Café naïve x² ½ e\u0301 a_b \uD83D\uDE00 end.";

    private static List<String> tokens(String text) {
        CodePoints cp = new CodePoints(text);
        Tokenization t = Tokenization.of(cp);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            out.add(cp.slice(t.start(i), t.end(i)));
        }
        return out;
    }

    @Test
    void wordsAreLettersNumbersAndUnderscoresOtherCharactersStandAlone() {
        assertEquals(
                List.of("Café", "naïve", "x²", "½", "e", "\u0301", "a_b", "\uD83D\uDE00", "end", "."), tokens(TEXT));
        assertEquals(
                List.of("don", "\u2019", "t", "\u201c", "U", ".", "S", ".", "\u201d"),
                tokens("don\u2019t \u201cU.S.\u201d"));
    }

    @Test
    void offsetsCountCodePoints() {
        CodePoints cp = new CodePoints(TEXT);
        Tokenization t = Tokenization.of(cp);
        int end = TEXT.indexOf("end");
        assertEquals(end - 1, t.start(8), "the emoji is one code point, two UTF-16 units");
        assertEquals(TEXT.length() - 1, cp.length());
        assertEquals(end, cp.utf16(t.start(8)));
        assertEquals(t.start(8), cp.codePoint(end));
    }

    @Test
    void aTokenBelongsToASpanCoveringHalfOfIt() {
        ScoredArticle a = ScoredArticle.of("t", TEXT);
        assertEquals(tokenSet(a, 0), a.tokens().tokens(extent(a, 0, 3)), "Caf covers 3 of 4");
        assertEquals(tokenSet(a, 0, 1), a.tokens().tokens(extent(a, 0, 10)));
    }

    @Test
    void aSpanInsideAWordGetsItsBestCoveredToken() {
        ScoredArticle a = ScoredArticle.of("t", TEXT);
        assertEquals(tokenSet(a, 0), a.tokens().tokens(extent(a, 1, 2)), "one letter of Café");
        assertEquals(tokenSet(a, 1), a.tokens().tokens(extent(a, 3, 7)), "é na: 1 of 4 and 2 of 5");
        assertEquals(TokenSet.EMPTY, a.tokens().tokens(Extent.NONE));
    }

    private static Extent extent(ScoredArticle a, int start, int end) {
        return Extent.normalise(List.of(new Fragment(start, end)), a.text());
    }

    private static TokenSet tokenSet(ScoredArticle a, int... tokens) {
        java.util.BitSet b = new java.util.BitSet();
        for (int t : tokens) {
            b.set(t);
        }
        return TokenSet.of(b);
    }
}
