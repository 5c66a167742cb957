package org.whosaid.learn;

import java.util.Arrays;
import java.util.List;
import org.whosaid.eval.CodePoints;
import org.whosaid.eval.Extent;
import org.whosaid.eval.Fragment;
import org.whosaid.eval.ScoredAttribution;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * The tags of an article's tokens according to its gold statements: a token takes the role of the
 * span that covers at least half of it, and begins a span where the token before it is not in the same
 * role of the same statement.
 */
final class GoldTags {

    private GoldTags() {}

    /**
     * @param doc the parsed article
     * @param text the article text by code points, as the gold offsets count
     * @param gold its gold statements
     * @return one tag per token
     */
    static Tag[] of(Parsed doc, CodePoints text, List<ScoredAttribution> gold) {
        int n = doc.tokens().size();
        int[] role = new int[n];
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        for (int a = 0; a < gold.size(); a++) {
            ScoredAttribution g = gold.get(a);
            mark(doc, text, g.source(), 1, a, role, owner);
            mark(doc, text, g.cue(), 2, a, role, owner);
            mark(doc, text, g.content(), 3, a, role, owner);
        }
        Tag[] tags = new Tag[n];
        for (int i = 0; i < n; i++) {
            boolean begin = i == 0 || role[i - 1] != role[i] || owner[i - 1] != owner[i];
            tags[i] = Tag.of(role[i], begin);
        }
        return tags;
    }

    private static void mark(Parsed doc, CodePoints text, Extent e, int r, int a, int[] role, int[] owner) {
        for (Fragment f : e.fragments()) {
            int start = utf16(text, f.start());
            int end = utf16(text, f.end());
            for (Token t : doc.tokens()) {
                if (t.end() <= start) {
                    continue;
                }
                if (t.start() >= end) {
                    break;
                }
                int covered = Math.min(end, t.end()) - Math.max(start, t.start());
                if (2 * covered >= t.end() - t.start() && role[t.index()] == 0) {
                    role[t.index()] = r;
                    owner[t.index()] = a;
                }
            }
        }
    }

    private static int utf16(CodePoints text, int codePoint) {
        return text.utf16(Math.min(codePoint, text.length()));
    }
}
