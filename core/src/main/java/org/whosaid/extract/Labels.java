package org.whosaid.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Finds lines that a name labels with a colon: headlines ("Elizabeth Warren: Trump Is a 'Proven
 * Failure'") and transcript turns ("PENCE: Well, look, ..."). The name is the source, the colon the
 * cue and the rest of the line what was said. A label is a short name without a verb that the entity
 * tagger knows, or a capitalised speaker name that opens two or more turns.
 */
public final class Labels implements FindingRule {

    /** Longest label, in tokens: a name before a colon or dash (also one that signs a quotation). */
    static final int LABEL = 6;
    /** Fewest words after the colon. */
    private static final int WORDS = 3;

    @Override
    public String name() {
        return "label-line";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft.doc()));
    }

    /**
     * @param doc the parsed article
     * @return the labelled lines's statements
     */
    List<Statement> find(Parsed doc) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        List<int[]> found = new ArrayList<>();
        Map<String, Integer> turns = new HashMap<>();
        for (Token colon : tokens) {
            if (!colon.word().equals(":")) {
                continue;
            }
            int first = lineStart(tokens, text, colon.index());
            // A transcript quoted turn by turn opens each turn with a quotation mark ("\"PENCE: Well, ...").
            while (first >= 0
                    && first < colon.index()
                    && tokens.get(first).pos().equals("``")) {
                first++;
            }
            int last = lineEnd(tokens, text, colon.index());
            if (first < 0 || first == colon.index() || last - colon.index() < WORDS) {
                continue;
            }
            found.add(new int[] {first, colon.index(), last});
            turns.merge(label(text, tokens, first, colon.index()), 1, Integer::sum);
        }
        Set<Integer> labelled = new HashSet<>();
        for (int[] f : found) {
            labelled.add(f[0]);
        }
        List<Statement> out = new ArrayList<>();
        for (int[] f : found) {
            String name = label(text, tokens, f[0], f[1]);
            boolean turn = turns.get(name) > 1;
            if (!isLabel(tokens, f[0], f[1], turn)) {
                continue;
            }
            Token colon = tokens.get(f[1]);
            List<Span> content = new ArrayList<>();
            content.add(
                    Span.of(text, tokens.get(f[1] + 1).start(), tokens.get(f[2]).end()));
            if (turn) {
                content.addAll(laterParagraphs(tokens, text, f[2], labelled));
            }
            out.add(new Statement(
                    Kind.INDIRECT,
                    Span.of(text, tokens.get(f[0]).start(), tokens.get(f[1] - 1).end()),
                    Span.of(text, colon.start(), colon.end()),
                    content,
                    null,
                    colon.sentence(),
                    name()));
        }
        return out;
    }

    /**
     * A turn of a transcript quoted paragraph by paragraph goes on over the paragraphs after it that
     * reopen the quotation without a label, up to a stage direction ("(CROSSTALK.)").
     */
    private static List<Span> laterParagraphs(List<Token> tokens, String text, int last, Set<Integer> labelled) {
        List<Span> out = new ArrayList<>();
        int end = last;
        while (end + 1 < tokens.size()) {
            int k = end + 1;
            while (k < tokens.size() && tokens.get(k).pos().equals("``")) {
                k++;
            }
            if (k == end + 1
                    || k >= tokens.size()
                    || labelled.contains(k)
                    || tokens.get(k).pos().equals("-LRB-")) {
                break;
            }
            end = lineEnd(tokens, text, k);
            out.add(Span.of(text, tokens.get(k).start(), tokens.get(end).end()));
        }
        return out;
    }

    /** @return whether the statement's cue is a label's colon */
    static boolean isLabelCue(Statement s) {
        return s.cue() != null && s.cue().text().equals(":");
    }

    private static boolean isLabel(List<Token> tokens, int first, int colon, boolean repeated) {
        boolean named = false;
        boolean upper = true;
        for (int i = first; i < colon; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.pos().startsWith("PRP") || t.pos().equals("WP")) {
                return false;
            }
            named |= t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
            upper &= t.word().equals(t.word().toUpperCase(Locale.ROOT));
        }
        boolean speaker = upper && repeated && tokens.get(first).word().length() > 2;
        return Character.isUpperCase(tokens.get(first).word().charAt(0)) && (named || speaker);
    }

    private static String label(String text, List<Token> tokens, int first, int colon) {
        return text.substring(tokens.get(first).start(), tokens.get(colon - 1).end());
    }

    /** @return the first token of the colon's line if the line opens with at most {@link #LABEL} tokens, else -1 */
    private static int lineStart(List<Token> tokens, String text, int colon) {
        int k = colon;
        while (k > 0 && colon - k < LABEL && !newlineBetween(text, tokens.get(k - 1), tokens.get(k))) {
            k--;
        }
        return k == 0 || newlineBetween(text, tokens.get(k - 1), tokens.get(k)) ? k : -1;
    }

    private static int lineEnd(List<Token> tokens, String text, int colon) {
        int k = colon;
        while (k + 1 < tokens.size() && !newlineBetween(text, tokens.get(k), tokens.get(k + 1))) {
            k++;
        }
        return k;
    }

    private static boolean newlineBetween(String text, Token a, Token b) {
        return text.indexOf('\n', a.end()) >= 0 && text.indexOf('\n', a.end()) < b.start();
    }
}
