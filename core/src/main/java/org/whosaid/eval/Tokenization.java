package org.whosaid.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The scorer's tokens of an article: runs of word characters, and single characters that are neither
 * word nor white space (Python's {@code \w+|[^\w\s]}), with code point ranges.
 */
public final class Tokenization {

    private final int[] starts;
    private final int[] ends;

    private Tokenization(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * @param text an article text
     * @return its tokens
     */
    public static Tokenization of(CodePoints text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = CharClasses.TOKEN.matcher(text.string());
        while (m.find()) {
            found.add(new int[] {text.codePoint(m.start()), text.codePoint(m.end())});
        }
        int[] s = new int[found.size()];
        int[] e = new int[found.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = found.get(i)[0];
            e[i] = found.get(i)[1];
        }
        return new Tokenization(s, e);
    }

    /** @return the number of tokens */
    public int count() {
        return starts.length;
    }

    /**
     * @param token a token index
     * @return its first code point
     */
    public int start(int token) {
        return starts[token];
    }

    /**
     * @param token a token index
     * @return one past its last code point
     */
    public int end(int token) {
        return ends[token];
    }

    /**
     * The tokens of a span: those at least half covered by its fragments; where that leaves none but
     * the span touches some token, the best-covered token(s), so every non-empty span has a token.
     *
     * @param extent a normalised span
     * @return its tokens
     */
    public TokenSet tokens(Extent extent) {
        Map<Integer, Integer> cover = new TreeMap<>();
        for (Fragment f : extent.fragments()) {
            for (int i = firstEndingAfter(f.start()); i < starts.length && starts[i] < f.end(); i++) {
                int overlap = Math.min(f.end(), ends[i]) - Math.max(f.start(), starts[i]);
                if (overlap > 0) {
                    cover.merge(i, overlap, Integer::sum);
                }
            }
        }
        BitSet chosen = new BitSet();
        cover.forEach((i, c) -> {
            if (2 * c >= ends[i] - starts[i]) {
                chosen.set(i);
            }
        });
        if (chosen.isEmpty() && !cover.isEmpty()) {
            int best = cover.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            cover.forEach((i, c) -> {
                if (c == best) {
                    chosen.set(i);
                }
            });
        }
        return TokenSet.of(chosen);
    }

    /** Python's {@code bisect_right(ends, offset)}: the first token whose end lies after the offset. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < ends[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
