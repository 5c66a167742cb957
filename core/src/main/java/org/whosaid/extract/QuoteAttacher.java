package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * Links quotations to the cue beside them where the dependency tree did not: a cue verb just after
 * the closing mark ("...," Mr Schiff said) or just before the opening mark (He added: "...").
 * Also joins the second half of a quotation split by its cue ("A," he said, "B.") to the first.
 */
public final class QuoteAttacher {

    /** How many tokens may stand between a closing mark and its cue verb ("...," a spokesman for X said). */
    private static final int REACH = 16;
    /** How many tokens may stand between a cue verb and the opening mark (He added: "..."). */
    private static final int REACH_BEFORE = 6;
    /** Longest name before a dash or colon that labels a quotation. */
    private static final int LABEL = 6;
    /** Longest sentence that counts as a cue sentence after a quotation ending in '?"' or '!"'. */
    private static final int CUE_SENTENCE = 8;
    /** Longest text allowed between a cue and the second half of a split quotation. */
    private static final int SPLIT_GAP = 40;

    private final CueLexicon lexicon;

    /** @param lexicon the cue words */
    public QuoteAttacher(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param deps the parsed article's trees
     * @param quotes its quotations
     * @param found statements found so far
     * @return statements for quotations that no statement covers yet and that have a cue beside them
     */
    List<Statement> attach(Dependencies deps, List<Quotation> quotes, List<Statement> found) {
        List<Statement> out = new ArrayList<>();
        String text = deps.doc().text();
        SpeakerMentions speakers = new SpeakerMentions(deps);
        for (Quotation q : quotes) {
            if (claimed(q, found) || claimed(q, out) || words(text, q) < 2) {
                continue;
            }
            Token cue = cueAfter(deps, q);
            if (cue == null) {
                cue = cueBefore(deps, speakers, q);
            }
            if (cue == null) {
                Statement labelled = labelled(deps, q);
                if (labelled != null) {
                    out.add(labelled);
                }
                continue;
            }
            int[] subject = speakers.speakerOf(cue.index());
            Span source = null;
            if (subject != null) {
                Span s = Span.of(
                        text,
                        deps.token(subject[0]).start(),
                        deps.token(subject[1] - 1).end());
                source = q.overlaps(s.start(), s.end()) ? null : s;
            }
            out.add(new Statement(
                    Kind.DIRECT,
                    source,
                    ReportedSpeech.cueSpan(deps, cue),
                    List.of(Span.of(text, q.start(), q.end())),
                    null,
                    cue.sentence()));
        }
        return out;
    }

    private Token cueAfter(Dependencies deps, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        int i = firstTokenFrom(tokens, q.end());
        if (i <= 0) {
            return null;
        }
        Sentence s = deps.doc().sentences().get(tokens.get(i).sentence());
        if (tokens.get(i).sentence() != tokens.get(i - 1).sentence()
                && (s.tokens().size() > CUE_SENTENCE
                        || deps.doc().text().substring(q.end(), s.start()).contains("\n"))) {
            // The splitter may end the sentence at '?"' or '!"': only a short cue sentence ("Graham asked.")
            // follows on, in the same paragraph.
            return null;
        }
        for (int k = i; k < Math.min(s.last(), i + REACH); k++) {
            Token t = tokens.get(k);
            if (t.word().startsWith("\u201c")
                    || t.word().equals("\"")
                    || t.word().equals("``")) {
                break;
            }
            if (isCue(t)) {
                return t;
            }
        }
        return null;
    }

    private Token cueBefore(Dependencies deps, SpeakerMentions speakers, Quotation q) {
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
            if (isCue(tokens.get(k))) {
                return tokens.get(k);
            }
        }
        return tokens.get(i - 1).word().equals(":") ? introducer(speakers, s) : null;
    }

    /**
     * The verb of a clause that introduces a quotation with a colon ("Trump boomed: “...”"),
     * where the verb is no usual cue: the clause's main verb, if it has a subject.
     */
    private static Token introducer(SpeakerMentions speakers, Sentence s) {
        for (Token t : s.tokens()) {
            if (t.relation().equals("root") && t.isVerb() && speakers.subjectOf(t.index()) != null) {
                return t;
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
    private static Statement labelled(Dependencies deps, Quotation q) {
        List<Token> tokens = deps.doc().tokens();
        String text = deps.doc().text();
        int after = firstTokenFrom(tokens, q.end());
        if (after > 0 && after + 1 < tokens.size() && isLabelMark(tokens.get(after))) {
            // "“...” ― Name" on a line of its own: the name signs the quotation.
            int last = after + 1;
            while (last < tokens.size()
                    && last - after <= LABEL
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
                        mark.sentence());
            }
        }
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
                && i - 1 - first < LABEL
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
                mark.sentence());
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

    private boolean isCue(Token t) {
        return t.isVerb() && !t.relation().startsWith("aux") && lexicon.reliability(t) >= ReportedSpeech.CLAUSE_MIN;
    }

    /**
     * @param text the article text
     * @param quotes its quotations
     * @param statements the statements found
     * @return the statements, each whose quotation was split by its cue now holding both halves
     */
    List<Statement> joinSplit(String text, List<Quotation> quotes, List<Statement> statements) {
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
                        joined = new Statement(s.kind(), s.source(), s.cue(), content, s.channel(), s.sentence());
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

    private static int firstTokenFrom(List<Token> tokens, int offset) {
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
