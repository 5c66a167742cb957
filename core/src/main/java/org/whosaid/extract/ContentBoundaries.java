package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Lines content spans up with the text: a span that reaches into a quotation takes the whole
 * quotation, marks included; punctuation left at the edges of paraphrase ("said, that ...", a final
 * period outside quotation marks) is dropped; the kind follows from how much lies inside quotation
 * marks.
 */
public final class ContentBoundaries {

    private static final String LEADING = ",;:.-\u2013\u2014)";
    private static final String TRAILING = ",;:.-\u2013\u2014(";

    /**
     * @param text the article text
     * @param quotes its quotations, in text order
     * @param statements statements whose content may end mid-quotation
     * @return the statements with adjusted content; those left without content are dropped
     */
    public List<Statement> apply(String text, List<Quotation> quotes, List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            List<Span> content = new ArrayList<>();
            for (Span c : s.content()) {
                Span adjusted = adjust(text, quotes, c, s);
                if (adjusted != null) {
                    content.add(adjusted);
                }
            }
            content = merge(text, content);
            if (!content.isEmpty()) {
                out.add(s.with(kind(text, quotes, content), source(text, s.source()), content));
            }
        }
        return out;
    }

    private static Span adjust(String text, List<Quotation> quotes, Span c, Statement s) {
        int start = c.start();
        int end = c.end();
        for (Quotation q : quotes) {
            if (q.overlaps(start, end) && !crossesSpeaker(q, s)) {
                start = Math.min(start, q.start());
                end = Math.max(end, q.end());
            }
        }
        while (start < end
                && (Character.isWhitespace(text.charAt(start)) || LEADING.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1)) || TRAILING.indexOf(text.charAt(end - 1)) >= 0)
                && !endsQuote(quotes, end)) {
            end--;
        }
        Span t = Span.of(text, start, end);
        return t.text().codePoints().anyMatch(Character::isLetterOrDigit) ? t : null;
    }

    /** The source without the commas of an apposition around it ("Adam Schiff, of California,"). */
    private static Span source(String text, Span source) {
        if (source == null) {
            return null;
        }
        int start = source.start();
        int end = source.end();
        // A turn's opening quotation mark ("\"WALLACE:") or a closing one is no part of who speaks.
        while (start < end
                && (Character.isWhitespace(text.charAt(start))
                        || ",;:-\u2013\u2014\"\u201c\u201d\u00ab".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1))
                        || ",;:-\u2013\u2014\"\u201c\u201d\u00bb".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return start == end ? null : Span.of(text, start, end);
    }

    /** A quotation never swallows the statement's own cue or source. */
    private static boolean crossesSpeaker(Quotation q, Statement s) {
        return s.cue() != null && q.overlaps(s.cue().start(), s.cue().end())
                || s.source() != null
                        && q.overlaps(s.source().start(), s.source().end());
    }

    private static boolean endsQuote(List<Quotation> quotes, int end) {
        for (Quotation q : quotes) {
            if (q.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> merge(String text, List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, Span.of(text, last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * @return direct where every word of the content is inside quotation marks, mixed where some
     *     are, indirect where none are
     */
    static Kind kind(String text, List<Quotation> quotes, List<Span> content) {
        boolean quoted = false;
        boolean plain = false;
        for (Span c : content) {
            for (int i = c.start(); i < c.end(); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    continue;
                }
                boolean in = false;
                for (Quotation q : quotes) {
                    if (q.covers(i)) {
                        in = true;
                        break;
                    }
                    if (q.start() > i) {
                        break;
                    }
                }
                quoted |= in;
                plain |= !in;
            }
        }
        return quoted && plain ? Kind.MIXED : quoted ? Kind.DIRECT : Kind.INDIRECT;
    }
}
