package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * What the rules that link quotations to the cue beside them share: finding a cue verb just after the
 * closing mark ("...," Mr Schiff said) or just before the opening mark (He added: "..."), a clause
 * that introduces a quotation with a colon, and a name that labels or signs one; the quotations no
 * statement holds yet. Also joins the second half of a quotation split by its cue ("A," he said, "B.")
 * to the first.
 */
final class QuoteCues {

    /** How many tokens may stand between a closing mark and its cue verb ("...," a spokesman for X said). */
    private static final int REACH = 16;
    /** How many tokens may stand between a cue verb and the opening mark (He added: "..."). */
    private static final int REACH_BEFORE = 6;
    /** Longest sentence that counts as a cue sentence after a quotation ending in '?"' or '!"'. */
    private static final int CUE_SENTENCE = 8;
    /** Most words before the cue of a longer sentence that still follows on from such a quotation. */
    private static final int CUE_LEAD = 4;
    /** Fewest words a lone quotation needs to count as something said. */
    static final int SCARE_WORDS = 4;
    /** The comma or stop that ends an utterance, with any marks after it. */
    private static final Pattern UTTERANCE_END = Pattern.compile("(?s).*[,.!?]\\W*");
    /** Longest text allowed between a cue and the second half of a split quotation. */
    private static final int SPLIT_GAP = 40;

    private QuoteCues() {}

    /**
     * The statement a quotation makes with the cue a rule found for it.
     *
     * @param deps the article's trees
     * @param speakers finds the cue's speaker
     * @param q the quotation
     * @param cue the cue verb
     * @param rule the rule's name
     * @return a direct statement
     */
    static Statement quoted(Dependencies deps, SpeakerMentions speakers, Quotation q, Token cue, String rule) {
        String text = deps.doc().text();
        SpeakerMentions.Found found = speakers.speakerOf(cue.index());
        Span source = null;
        if (found != null) {
            Span s = deps.span(found.tokens());
            source = q.overlaps(s.start(), s.end()) ? null : s;
        }
        return new Statement(
                        Kind.DIRECT,
                        null,
                        ReportedSpeech.cueSpan(deps, cue),
                        List.of(Span.of(text, q.start(), q.end())),
                        null,
                        cue.sentence(),
                        rule)
                .withSource(source, found == null ? null : found.rule());
    }

    /**
     * @param draft the article
     * @param found the statements found so far
     * @return the quotations of two words or more that none of them holds
     */
    /**
     * @return the unclaimed quotations that may be something said, not a title ("his \"Keepin' It
     *     Real\" radio program who said"): those a cue beside them may introduce
     */
    static List<Quotation> unclaimedUtterances(Draft draft, List<Statement> found) {
        List<Quotation> out = unclaimed(draft, found);
        out.removeIf(q -> titleLike(draft.text(), q));
        return out;
    }

    static List<Quotation> unclaimed(Draft draft, List<Statement> found) {
        List<Quotation> out = new ArrayList<>();
        for (Quotation q : draft.quotes()) {
            if (!claimed(q, found) && words(draft.text(), q) >= 2) {
                out.add(q);
            }
        }
        return out;
    }

    static Token cueAfter(Dependencies deps, CueLexicon lexicon, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        int i = firstTokenFrom(tokens, q.end());
        if (i <= 0) {
            return null;
        }
        Sentence s = deps.doc().sentences().get(tokens.get(i).sentence());
        boolean split = tokens.get(i).sentence() != tokens.get(i - 1).sentence();
        if (split && deps.doc().text().substring(q.end(), s.start()).contains("\n")) {
            return null;
        }
        for (int k = i; k < Math.min(s.last(), i + REACH); k++) {
            Token t = tokens.get(k);
            if (t.word().startsWith("\u201c")
                    || t.word().equals("\"")
                    || t.word().equals("``")) {
                break;
            }
            if (isCue(lexicon, t)) {
                // The splitter may end the sentence at '?"' or '!"': a short cue sentence follows on ("Graham
                // asked."), or one that opens with its cue and says nothing of its own ("Trump said, looking
                // out on the crowd."), in the same paragraph.
                boolean leads =
                        k - i < CUE_LEAD && deps.child(k, Relations.CCOMP, Relations.PARATAXIS, Relations.OBJ) < 0;
                return !split || s.tokens().size() <= CUE_SENTENCE || leads ? t : null;
            }
        }
        return null;
    }

    static Token cueBefore(Dependencies deps, CueLexicon lexicon, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        int i = firstTokenFrom(tokens, q.start());
        if (i <= 0) {
            return null;
        }
        Sentence s = deps.doc().sentences().get(tokens.get(i - 1).sentence());
        if (!s.equals(deps.doc().sentences().get(tokens.get(i).sentence()))) {
            // The cue sentence ends with a colon right before the quotation.
            if (!tokens.get(i - 1).word().equals(":")) {
                return null;
            }
        }
        for (int k = i - 1; k >= Math.max(s.first(), i - REACH_BEFORE); k--) {
            if (isCue(lexicon, tokens.get(k))) {
                return tokens.get(k);
            }
        }
        return null;
    }

    /**
     * The verb of a clause that introduces a quotation with a colon ("Trump boomed: “...”"),
     * where the verb is no usual cue: the clause's main verb, if it has a subject.
     */
    static Token introducer(Dependencies deps, SpeakerMentions speakers, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        int i = firstTokenFrom(tokens, q.start());
        if (i <= 0 || !tokens.get(i - 1).word().equals(":")) {
            return null;
        }
        Sentence s = deps.doc().sentences().get(tokens.get(i - 1).sentence());
        for (Token t : s.tokens()) {
            if (t.relation().equals(Relations.ROOT) && t.isVerb() && speakers.subjectOf(t.index()) != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A quotation signed with a dash and a name on a line of its own ("“...” ― Name").
     *
     * @return the statement, the name its source and the dash its cue, or null
     */
    static Statement signed(Dependencies deps, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        String text = deps.doc().text();
        int after = firstTokenFrom(tokens, q.end());
        if (after > 0 && after + 1 < tokens.size() && isLabelMark(tokens.get(after))) {
            // "“...” ― Name" on a line of its own: the name signs the quotation.
            int last = after + 1;
            while (last < tokens.size()
                    && last - after <= Labels.LABEL
                    && tokens.get(last).pos().startsWith("NNP")
                    && !text.substring(tokens.get(after).end(), tokens.get(last).start())
                            .contains("\n")) {
                last++;
            }
            int end = last;
            if (end < tokens.size() && tokens.get(end).word().equals(".")) {
                end++;
            }
            if (last > after + 1
                    && (end == tokens.size()
                            || text.substring(
                                            tokens.get(end - 1).end(),
                                            tokens.get(end).start())
                                    .contains("\n"))) {
                Token mark = tokens.get(after);
                return new Statement(
                        Kind.DIRECT,
                        Span.of(
                                text,
                                tokens.get(after + 1).start(),
                                tokens.get(last - 1).end()),
                        Span.of(text, mark.start(), mark.end()),
                        List.of(Span.of(text, q.start(), q.end())),
                        null,
                        mark.sentence(),
                        "quote-signed");
            }
        }
        return null;
    }

    /**
     * A paragraph that opens with a name and a dash or colon before the quotation, as in transcripts
     * and lists of voices ("Jorge Falcon ― “...”", "WALLACE: “...”").
     *
     * @return the statement, the name its source and the mark its cue, or null
     */
    static Statement labelled(Dependencies deps, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        String text = deps.doc().text();
        int i = firstTokenFrom(tokens, q.start());
        if (i <= 1) {
            return null;
        }
        Token mark = tokens.get(i - 1);
        if (!isLabelMark(mark) && !mark.word().equals(":")) {
            return null;
        }
        int first = i - 1;
        while (first > 0
                && i - 1 - first < Labels.LABEL
                && tokens.get(first - 1).pos().startsWith("NNP")
                && tokens.get(first - 1).sentence() == mark.sentence()) {
            first--;
        }
        if (first == i - 1 || !paragraphStart(text, tokens.get(first).start())) {
            return null;
        }
        return new Statement(
                Kind.DIRECT,
                Span.of(text, tokens.get(first).start(), tokens.get(i - 2).end()),
                Span.of(text, mark.start(), mark.end()),
                List.of(Span.of(text, q.start(), q.end())),
                null,
                mark.sentence(),
                "quote-label");
    }

    private static boolean isLabelMark(Token t) {
        return t.word().matches("[\u2015\u2014\u2013-]+");
    }

    private static boolean paragraphStart(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private static boolean isCue(CueLexicon lexicon, Token t) {
        return t.isVerb() && !t.relation().startsWith(Relations.AUX) && lexicon.reliability(t) >= CueLexicon.CLAUSE;
    }

    /**
     * @param text the article text
     * @param quotes its quotations
     * @param statements the statements found
     * @return the statements, each whose quotation was split by its cue now holding both halves
     */
    static List<Statement> joinSplit(String text, List<Quotation> quotes, List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Statement joined = s;
            if (s.cue() != null && s.end() <= s.cue().start()) {
                int after = Math.max(
                        s.cue().end(), s.source() == null ? 0 : s.source().end());
                for (Quotation q : quotes) {
                    if (q.start() >= after
                            && q.start() - after <= SPLIT_GAP
                            && !text.substring(after, q.start()).matches("(?s).*[.!?\n\"\u201c\u201d].*")
                            && !claimed(q, statements)) {
                        List<Span> content = new ArrayList<>(s.content());
                        content.add(Span.of(text, q.start(), q.end()));
                        joined = s.withContent(content);
                        break;
                    }
                    if (q.start() > after + SPLIT_GAP) {
                        break;
                    }
                }
            }
            out.add(joined);
        }
        return out;
    }

    static boolean claimed(Quotation q, List<Statement> statements) {
        for (Statement s : statements) {
            for (Span c : s.content()) {
                if (q.overlaps(c.start(), c.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A few quoted words without the comma or stop that ends an utterance ("his \"Keepin' It Real\"
     * radio program who said"): a title or a phrase, whatever verb follows.
     */
    private static boolean titleLike(String text, Quotation q) {
        return words(text, q) < SCARE_WORDS && !endsUtterance(text, q.start(), q.end());
    }

    /** @return whether text[start, end) ends with the comma or stop of an utterance, marks after it aside */
    static boolean endsUtterance(String text, int start, int end) {
        return UTTERANCE_END.matcher(text.subSequence(start, end)).matches();
    }

    static int words(String text, Quotation q) {
        int n = 0;
        boolean in = false;
        for (int i = q.start(); i < q.end(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** @return the index of the first token that starts at or after the offset, or -1 */
    static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }
}
