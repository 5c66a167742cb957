package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;

/**
 * Fast navigation of an article's dependency trees: children lists built once, subtrees, which words
 * lie inside quotations.
 * Relation names are those of Universal Dependencies as CoreNLP writes them ({@code nsubj},
 * {@code ccomp}, {@code obj}, {@code acl:relcl}, ...). Immutable.
 */
final class Dependencies {

    private final Parsed doc;
    private final int[][] children;
    private final boolean[] quoted;

    Dependencies(Parsed doc) {
        this(doc, List.of());
    }

    /**
     * @param doc the parsed article
     * @param quotes its quotations: a word inside one is never taken for the speaker
     */
    Dependencies(Parsed doc, List<Quotation> quotes) {
        this.doc = doc;
        this.quoted = new boolean[doc.tokens().size()];
        int q = 0;
        for (Token t : doc.tokens()) {
            while (q < quotes.size() && quotes.get(q).end() <= t.start()) {
                q++;
            }
            quoted[t.index()] = q < quotes.size() && quotes.get(q).covers(t.start());
        }
        int n = doc.tokens().size();
        int[] count = new int[n];
        for (Token t : doc.tokens()) {
            if (t.head() >= 0) {
                count[t.head()]++;
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[count[i]];
            count[i] = 0;
        }
        for (Token t : doc.tokens()) {
            if (t.head() >= 0) {
                children[t.head()][count[t.head()]++] = t.index();
            }
        }
    }

    Parsed doc() {
        return doc;
    }

    /** @return whether token {@code i} lies inside a quotation */
    boolean quoted(int i) {
        return quoted[i];
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    /** @return the first child of {@code head} whose relation starts with one of the prefixes, or -1 */
    int child(int head, String... relations) {
        for (String r : relations) {
            for (int c : children[head]) {
                String rel = token(c).relation();
                if (rel.equals(r) || rel.startsWith(r + ":")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The child in a relation nearest before its head, else the first after it: a verb the parser gave
     * two subjects ("Though he heralded ..., a tax loophole ..., experts say") has the nearer one.
     */
    int nearestChild(int head, String relation) {
        int best = -1;
        for (int c : children[head]) {
            String rel = token(c).relation();
            if (rel.equals(relation) || rel.startsWith(relation + ":")) {
                if (best < 0 || (c < head && (best > head || c > best))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * @param clause document index of a clause's head
     * @param phrase document index of the head of a phrase inside it ("according to X", "In the poll")
     * @return the clause's words without the phrase, as spans that each hold a letter or digit
     */
    List<Span> clauseWithout(int clause, int phrase) {
        List<Token> tokens = doc.tokens();
        int[] all = subtree(clause);
        List<Span> out = new ArrayList<>();
        for (int[] run : without(all[0], all[1], phrase)) {
            Span s = Span.of(
                    doc.text(),
                    tokens.get(run[0]).start(),
                    tokens.get(run[1] - 1).end());
            if (s.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(s);
            }
        }
        return out;
    }

    int[] children(int head) {
        return children[head];
    }

    /** @return whether token {@code t} lies in the subtree of {@code head} */
    boolean dominates(int head, int t) {
        for (int i = t, guard = 0; i >= 0 && guard < 200; i = token(i).head(), guard++) {
            if (i == head) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param range [first, one past last] token
     * @return the text those tokens cover
     */
    Span span(int[] range) {
        return Span.of(doc.text(), token(range[0]).start(), token(range[1] - 1).end());
    }

    /** @return [first, one past last] token of the subtree of {@code head} */
    int[] subtree(int head) {
        int[] r = {head, head + 1};
        grow(head, r);
        return r;
    }

    private void grow(int i, int[] r) {
        for (int c : children[i]) {
            r[0] = Math.min(r[0], c);
            r[1] = Math.max(r[1], c + 1);
            grow(c, r);
        }
    }

    /** @return whether the token is punctuation */
    boolean isPunct(int i) {
        return token(i).relation().equals(Relations.PUNCT)
                || !Character.isLetterOrDigit(token(i).word().charAt(0));
    }

    /**
     * Splits {@code [from, to)} into token runs leaving out the subtrees of the given heads.
     *
     * @return runs as {first, one past last}
     */
    List<int[]> without(int from, int to, int... heads) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = from; i < to; i++) {
            boolean out = false;
            for (int h : heads) {
                if (h >= 0 && dominates(h, i)) {
                    out = true;
                    break;
                }
            }
            if (!out && start < 0) {
                start = i;
            } else if (out && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, to});
        }
        return runs;
    }
}
