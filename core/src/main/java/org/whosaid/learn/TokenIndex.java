package org.whosaid.learn;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;

/** Finds the tokens of a parsed article that a range of characters covers. Immutable. */
final class TokenIndex {

    private final List<Token> tokens;
    private final int[] starts;

    TokenIndex(Parsed doc) {
        this.tokens = doc.tokens();
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
    }

    /**
     * @param start first character
     * @param end one past the last character
     * @return first and one-past-last index of the tokens that share a character with the range
     *     (equal where none does)
     */
    int[] range(int start, int end) {
        int lo = firstEndingAfter(start);
        int hi = lo;
        while (hi < tokens.size() && tokens.get(hi).start() < end) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    /** @return the token range of a span */
    int[] range(Span s) {
        return range(s.start(), s.end());
    }

    /** @return the index of the first token that ends after the offset */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the token at a character offset, or the next one after it; -1 past the last */
    int at(int offset) {
        int i = firstEndingAfter(offset);
        return i < tokens.size() ? i : -1;
    }

    int size() {
        return starts.length;
    }
}
