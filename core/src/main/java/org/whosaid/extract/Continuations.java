package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Quotations that go on from a statement without naming anyone: a sentence or paragraph that opens
 * with a quotation right after a statement ("...," spokesman Jack Langer said. "The discussions did
 * not include immunity."). Each becomes a direct statement without source or cue; its sentence index
 * lets the speaker stage give it the previous statement's speaker. Where a direct quotation is only
 * interrupted by its cue sentence ("A," she said. "B.", B also in the next paragraph), the second
 * part joins the first statement as another content span, as for a quotation split inside one
 * sentence; so does a quotation after paraphrase that its cue closes ("The administration may wait,
 * Schiff said. \"The other factor ...\"") or that ends on a few quoted words ("The answers are \"not
 * meeting the demand,\" says X."), the words that bear the paraphrase out. After a statement that
 * itself quotes a whole clause ("The panel \"had a preliminary conversation with his lawyer,\" he
 * said. \"They did not ...\""), the quotation is a statement of its own: no second half of that
 * quotation but a new utterance by the same speaker.
 */
public final class Continuations implements FindingRule {

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return apply(draft.doc(), draft.quotes(), found);
    }

    /** A line break or a quotation mark: something other than the cue sentence comes between. */
    private static final Pattern SPEECH_BREAK = Pattern.compile("[\n\"\u201c\u201d]");
    /** The end of a sentence: stop, question or exclamation mark before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");

    /** Fewest words for quoted words inside paraphrase to be an utterance of their own. */
    private static final int UTTERANCE_WORDS = 6;

    /** Fewest words for a quotation to count as speech rather than a phrase or a title. */
    private static final int MIN_WORDS = 4;

    /**
     * @param doc the parsed article
     * @param quotes its quotations
     * @param found the statements found so far
     * @return all statements in text order: those found, some with a joined second part, and the
     *     continuations
     */
    List<Statement> apply(Parsed doc, List<Quotation> quotes, List<Statement> found) {
        return apply(doc, quotes, quotes, found);
    }

    /**
     * Gives the quotations that statements held before they were chosen again (a learned finder's in
     * place of the rules'), and that no chosen statement holds, to the statement they go on from, as
     * this rule does.
     *
     * @param doc the parsed article
     * @param quotes its quotations
     * @param held the statements before the choice
     * @param chosen the statements chosen
     * @return the chosen statements in text order, with the continuations of those quotations
     */
    public List<Statement> resume(Parsed doc, List<Quotation> quotes, List<Statement> held, List<Statement> chosen) {
        List<Quotation> dropped = quotes.stream()
                .filter(q -> QuoteCues.claimed(q, held) && !QuoteCues.claimed(q, chosen))
                .toList();
        return dropped.isEmpty() ? chosen : apply(doc, quotes, dropped, chosen);
    }

    /** As {@link #apply(Parsed, List, List)}, for some of the quotations only. */
    private List<Statement> apply(
            Parsed doc, List<Quotation> quotes, List<Quotation> considered, List<Statement> found) {
        List<Statement> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Statement::start));
        List<Statement> out = new ArrayList<>();
        String text = doc.text();
        int lastEnd = -1;
        int si = 0;
        for (Quotation q : considered) {
            while (si < sorted.size() && sorted.get(si).start() < q.start()) {
                out.add(sorted.get(si));
                lastEnd = Math.max(lastEnd, sorted.get(si).end());
                si++;
            }
            if (lastEnd < 0 || QuoteCues.claimed(q, found) || QuoteCues.words(text, q) < MIN_WORDS) {
                continue;
            }
            Sentence s = sentenceAt(doc, q.start());
            if (s == null || !opensSentence(text, s, q) || !speechLike(text, q)) {
                continue;
            }
            Sentence previous = sentenceAt(doc, lastEnd - 1);
            if (previous == null || s.paragraph() - previous.paragraph() > 1 || s.index() - previous.index() > 3) {
                continue;
            }
            Span quote = Span.of(text, q.start(), q.end());
            int li = interrupted(text, quotes, out);
            Statement last = li < 0 ? null : out.get(li);
            if (last != null
                    && s.paragraph() - previous.paragraph() <= 1
                    && last.cue().start() < q.start()
                    && (s.index() - Math.max(previous.index(), last.sentence()) <= 1
                            || oneSentenceBetween(text, last, q))) {
                List<Span> content = new ArrayList<>(last.content());
                content.add(quote);
                out.set(li, last.withContent(content));
            } else {
                out.add(new Statement(Kind.DIRECT, null, null, List.of(quote), null, s.index(), name()));
            }
            lastEnd = q.end();
        }
        out.addAll(sorted.subList(si, sorted.size()));
        return out;
    }

    /**
     * A statement found another way whose content runs on into quotations after its cue sentence: where
     * this rule takes such a quotation for a new utterance by the same speaker (after a statement that
     * quotes a whole clause), it becomes one, as the rule would have made it; where the rule would join
     * it, or would not take it as speech, the statement stays as it is.
     *
     * @param doc the parsed article
     * @param quotes its quotations
     * @param statements the statements, in text order
     * @param which the statements to look at
     * @return the statements in text order, some split into an utterance and its continuations
     */
    public List<Statement> utterances(
            Parsed doc, List<Quotation> quotes, List<Statement> statements, Predicate<Statement> which) {
        List<Statement> out = new ArrayList<>(statements);
        for (Statement s : statements) {
            if (!which.test(s) || s.cue() == null || s.content().size() < 2) {
                continue;
            }
            Sentence cue = sentenceAt(doc, s.cue().start());
            List<Span> kept = new ArrayList<>();
            List<Quotation> after = new ArrayList<>();
            for (Span c : s.content()) {
                Sentence at = sentenceAt(doc, c.start());
                Quotation q = at == null || cue == null || at.index() <= cue.index() ? null : around(quotes, c);
                if (q == null) {
                    kept.add(c);
                } else if (!after.contains(q)) {
                    after.add(q);
                }
            }
            if (after.isEmpty() || kept.isEmpty()) {
                continue;
            }
            Statement first = s.with(ContentBoundaries.kind(doc.text(), quotes, kept), s.source(), kept);
            List<Statement> without = new ArrayList<>(out);
            without.set(without.indexOf(s), first);
            List<Statement> split = apply(doc, quotes, after, without);
            if (after.stream().allMatch(q -> split.stream().anyMatch(t -> t.cue() == null && covers(t, q)))) {
                out = split;
            }
        }
        return out;
    }

    private static Quotation around(List<Quotation> quotes, Span span) {
        for (Quotation q : quotes) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return q;
            }
        }
        return null;
    }

    private static boolean covers(Statement s, Quotation q) {
        return s.content().stream().anyMatch(c -> c.start() <= q.start() && q.end() <= c.end());
    }

    /**
     * The direct statement a following quotation may continue: the last one, or the last before
     * statements reported inside its own cue sentence ("...," Obama said, adding that ...).
     *
     * @return its index in the list, or -1
     */
    private static int interrupted(String text, List<Quotation> quotes, List<Statement> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Statement s = out.get(i);
            if (s.cue() != null
                    && (s.kind() == Kind.DIRECT
                            || s.kind() == Kind.MIXED && endsOnFragment(text, quotes, s)
                            || s.kind() == Kind.INDIRECT && s.cue().start() >= s.end())) {
                return i;
            }
            if (i == 0 || out.get(i - 1).sentence() != s.sentence()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether only the rest of the statement's own cue sentence stands between it and the quotation,
     * however the sentence splitter cut it ("...," said Rep. G.K. Butterfield (D-N.C.), head of X. "...").
     */
    private static boolean oneSentenceBetween(String text, Statement last, Quotation q) {
        int from = Math.max(last.end(), last.cue().end());
        if (last.source() != null) {
            from = Math.max(from, last.source().end());
        }
        if (from > q.start()) {
            return false;
        }
        String gap = text.substring(from, q.start());
        return !SPEECH_BREAK.matcher(gap.strip()).find()
                && SENTENCE_END.matcher(gap).results().count() <= 1;
    }

    /**
     * Paraphrase that ends on a few quoted words ("The answers are \"not meeting the demand,\" says
     * X."): the quotation after the cue sentence carries on what those words began. A quotation of
     * a whole clause is an utterance of its own, and so is the one after it.
     */
    private static boolean endsOnFragment(String text, List<Quotation> quotes, Statement s) {
        int i = s.end() - 1;
        if (i < 0 || "\"\u201d".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        for (Quotation q : quotes) {
            if (q.end() == s.end()) {
                return QuoteCues.words(text, q) < UTTERANCE_WORDS;
            }
        }
        return false;
    }

    /** The quotation opens its sentence, also where the splitter missed the stop before it. */
    private static boolean opensSentence(String text, Sentence s, Quotation q) {
        if (text.substring(s.start(), q.start()).isBlank()) {
            return true;
        }
        int k = q.start() - 1;
        while (k > s.start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < q.start() - 1 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** Speech ends on punctuation inside its marks, or runs to the end of its sentence. */
    private static boolean speechLike(String text, Quotation q) {
        int i = q.end() - 1;
        while (i > q.start() && !Character.isLetterOrDigit(text.charAt(i))) {
            if (".,!?;:\u2026".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
            i--;
        }
        int j = q.end();
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j >= text.length() || ".!?\n".indexOf(text.charAt(j)) >= 0;
    }

    private static Sentence sentenceAt(Parsed doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.start() <= offset && offset < Math.max(s.end(), s.start() + 1)) {
                return s;
            }
            if (s.start() > offset) {
                return null;
            }
        }
        return null;
    }
}
