package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Fast navigation of an article's dependency trees: children lists built once, subtrees, subjects.
 * Relation names are those of Universal Dependencies as CoreNLP writes them ({@code nsubj},
 * {@code ccomp}, {@code obj}, {@code acl:relcl}, ...). Immutable.
 */
final class Dependencies {

    private static final Set<String> INHERITS_SUBJECT = Set.of("xcomp", "advcl", "conj", "dep");

    /** Longest speaker mention between a closing quotation mark and its cue verb, in tokens. */
    private static final int NAME_REACH = 24;
    /** Longest speaker description right after a cue ("said Republican political consultant Chris Russell"). */
    private static final int NAME_AFTER = 8;
    private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");

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

    /**
     * The speaker's mention for a verb: its subject (for a relative clause, "X, who said", the
     * relative pronoun); for a participle or an infinitive without a subject ("..., saying that"),
     * the subject of the verb it hangs on.
     *
     * @return [first, one past last] token of the mention, or null where there is none
     */
    int[] subjectOf(int verb) {
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            int s = child(v, "nsubj");
            if (s >= 0 && quoted[s]) {
                // The parser took quoted words for the subject ("...a cynical place," said Tim Hess);
                // a second subject outside the marks is the speaker ("My hope," he said, "is ...").
                s = unquotedSubject(v);
                if (s < 0) {
                    return null;
                }
            }
            if (s >= 0 && (!token(s).relation().startsWith("nsubj:pass") || !passive(v))) {
                // A relative pronoun ("X, who said") is the mention, as attribution corpora mark it. A
                // "passive" subject without a passive auxiliary is the parser's slip ("McAdam said").
                return mention(s);
            }
            if (s >= 0) {
                return null;
            }
            String rel = token(v).relation();
            if (rel.startsWith("acl") && !rel.equals("acl:relcl") && token(v).head() >= 0) {
                // "a statement from X saying that": the head noun's own modifiers hold no subject.
                return null;
            }
            if (!INHERITS_SUBJECT.contains(rel.split(":")[0])) {
                return null;
            }
            v = token(v).head();
        }
        return null;
    }

    /**
     * A participle cue the parser hung on the wrong word ("Cooper called for the videos, saying
     * that ..."): the subject of the nearest verb before it in the sentence, outside quotation marks.
     */
    private int[] earlierSubject(int verb) {
        int sentence = token(verb).sentence();
        for (int k = verb - 1; k >= 0 && token(k).sentence() == sentence; k--) {
            if (!token(k).isVerb() || quoted[k]) {
                continue;
            }
            int s = unquotedSubject(k);
            if (s >= 0 && s < k) {
                return token(s).relation().startsWith("nsubj:pass") ? null : subtree(s);
            }
        }
        return null;
    }

    /**
     * The subtree of a mention's head, cut at the quotation marks around it: the parser sometimes hangs
     * quoted words on the speaker's name.
     */
    private int[] mention(int head) {
        int[] r = subtree(head);
        for (int i = head - 1; i >= r[0]; i--) {
            if (quoted[i]) {
                r[0] = i + 1;
                break;
            }
        }
        for (int i = head + 1; i < r[1]; i++) {
            if (quoted[i]) {
                r[1] = i;
                break;
            }
        }
        return r;
    }

    /** @return whether the verb has a passive auxiliary outside quotation marks */
    private boolean passive(int verb) {
        for (int c : children[verb]) {
            if (token(c).relation().equals("aux:pass") && !quoted[c]) {
                return true;
            }
        }
        return false;
    }

    private int unquotedSubject(int verb) {
        for (int c : children[verb]) {
            if (token(c).relation().startsWith("nsubj") && !quoted[c]) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The speaker's mention for a cue verb, the first of: its subject (see {@link #subjectOf}); the
     * words between a closing quotation mark and the verb; for a participle, the subject of the verb
     * before it; where the words come first and the speaker after the verb ("...," said 9/11 widow
     * Terry Strada), the noun after the verb that the parser took for an object or a complement, else
     * the name or description right after the verb; else a name that opens the sentence before a
     * relative clause. The later ones mend sentences the parser got wrong.
     *
     * @return [first, one past last] token of the mention, or null where there is none
     */
    int[] speakerOf(int verb) {
        int[] subject = subjectOf(verb);
        if (subject != null) {
            return subject;
        }
        int[] named = nameAfterQuote(verb);
        if (named != null) {
            return named;
        }
        if (token(verb).pos().equals("VBG")) {
            return earlierSubject(verb);
        }
        if (!(verb > 0 && isPunct(verb - 1) || contentBefore(verb))) {
            return namedAtStart(verb);
        }
        for (int c : children[verb]) {
            String rel = token(c).relation().split(":")[0];
            // A first name the tagger took for a verb ("said Skip Rutherford") still starts with a capital.
            boolean capital = c == verb + 1 && Character.isUpperCase(token(c).word().charAt(0));
            if (c > verb && (token(c).isNoun() || token(c).pos().equals("PRP") || capital)
                    && (rel.equals("obj") || rel.equals("xcomp") || rel.equals("dep") || rel.equals("nsubj"))) {
                return mention(c);
            }
        }
        return nameAfterCue(verb);
    }

    /**
     * The name, description or pronoun right after a cue that follows the words ("...," said Borges,
     * who ...; "...," said Republican consultant Chris Russell), where the parser hung it elsewhere.
     */
    private int[] nameAfterCue(int verb) {
        int sentence = token(verb).sentence();
        int end = verb + 1;
        if (end < quoted.length && token(end).sentence() == sentence && token(end).pos().equals("PRP")) {
            return new int[] {end, end + 1};
        }
        while (end < quoted.length && end - verb <= NAME_AFTER && token(end).sentence() == sentence && !quoted[end]
                && NOUN_PHRASE.contains(token(end).pos())) {
            end++;
        }
        while (end > verb + 1 && !token(end - 1).isNoun()) {
            end--;
        }
        return end > verb + 1 ? new int[] {verb + 1, end} : null;
    }

    /**
     * The name that opens the sentence before a relative clause ("Trump, who campaigned there this
     * week, tweeted ..."), where the parser lost the cue's subject.
     */
    private int[] namedAtStart(int verb) {
        int first = doc.sentences().get(token(verb).sentence()).first();
        int end = first;
        while (end < verb && token(end).pos().startsWith("NNP") && !quoted[end]) {
            end++;
        }
        if (end == first || end + 2 >= verb || !token(end).word().equals(",")
                || !token(end + 1).pos().startsWith("W") || !token(verb - 1).word().equals(",")) {
            return null;
        }
        return new int[] {first, end};
    }

    /**
     * The words between a closing quotation mark and the cue verb ("...,” Flynn, a top
     * surrogate, said"), where the parser hung the name on the quotation: a noun phrase with no verb.
     *
     * @return [first, one past last] token of the mention, or null
     */
    private int[] nameAfterQuote(int verb) {
        int sentence = token(verb).sentence();
        int k = verb - 1;
        while (k >= 0 && verb - k <= NAME_REACH && token(k).sentence() == sentence && !quoted[k]) {
            if (token(k).isVerb() && !inDescription(k)) {
                return null;
            }
            k--;
        }
        if (k < 0 || !quoted[k] || token(k).sentence() != sentence) {
            return null;
        }
        int first = k + 1;
        int last = verb;
        while (first < last && isPunct(first)) {
            first++;
        }
        while (last > first && isPunct(last - 1)) {
            last--;
        }
        if (first == last || !(token(first).isNoun() || token(first).pos().equals("PRP")
                || token(first).pos().equals("DT"))) {
            return null;
        }
        return new int[] {first, last};
    }

    /**
     * A verb that may stand in a description of the speaker ("Robert McDuff, attorney for one of the
     * groups to file suit, said"; "X, who has known him for decades, said"): an infinitive, a
     * participle, or a verb right after "who".
     */
    private boolean inDescription(int k) {
        String pos = token(k).pos();
        if (pos.equals("VBN") || pos.equals("VBG") || pos.equals("VB") && k > 0 && token(k - 1).pos().equals("TO")) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (token(j).word().equalsIgnoreCase("who")) {
                return true;
            }
        }
        return false;
    }

    private boolean contentBefore(int verb) {
        for (int c : children[verb]) {
            String rel = token(c).relation();
            if (c < verb && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the token is punctuation */
    boolean isPunct(int i) {
        return token(i).relation().equals("punct") || !Character.isLetterOrDigit(token(i).word().charAt(0));
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
