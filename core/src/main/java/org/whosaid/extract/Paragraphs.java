package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * What was said stays within its paragraphs: a content span never runs over a paragraph's end. A
 * quotation that goes on in the next paragraph, which opens with a quotation mark ("... was a
 * certainty.⏎⏎“This is more than an overwhelming case ...”"), is another span of the same
 * statement; words of the next paragraph without one are not what the cue introduced ("... to be
 * present in Chennai from October 5-7.⏎⏎That the Chief Ministerial candidate ..."). In PolNeAR train 3
 * of 22,525 content spans cross a line break, and 131 of the 185 spans that open a later paragraph of
 * their statement open with a quotation mark.
 */
public final class Paragraphs {

    /** The rule's name in the catalogue. */
    public static final String RULE = "paragraph";

    private static final String OPENERS = "\"\u201c\u2018'`";

    /** Rules whose statements the page's layout lays out in paragraphs: a transcript's turn, a block quotation. */
    private static final Set<String> BY_LAYOUT = Set.of("label-line", "block-quote");

    private final QuoteScanner scanner = new QuoteScanner();

    /**
     * @param doc the parsed article
     * @param statements its statements
     * @return them with each content span cut at the paragraphs it runs over, what a later paragraph
     *     holds kept only where it opens a quotation; a statement whose cue or source stands after the
     *     cut stays as it is, and one left with nothing said is dropped
     */
    public List<Statement> split(Parsed doc, List<Statement> statements) {
        String text = doc.text();
        List<Quotation> quotes = null;
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            List<Span> content = new ArrayList<>();
            int firstCut = Integer.MAX_VALUE;
            int paragraph = paragraphOf(doc, s.start());
            boolean layout = BY_LAYOUT.contains(s.rule());
            spans:
            for (Span c : s.content()) {
                for (Span p : pieces(doc, c)) {
                    int at = paragraphOf(doc, p.start());
                    if (at != paragraph && !p.isEmpty()) {
                        firstCut = Math.min(firstCut, p.start());
                        if (!layout && OPENERS.indexOf(text.charAt(p.start())) < 0) {
                            break spans;
                        }
                        paragraph = at;
                    }
                    content.add(p);
                }
            }
            content.removeIf(Span::isEmpty);
            if (content.equals(s.content())
                    || s.cue() != null && s.cue().start() >= firstCut
                    || s.source() != null && s.source().start() >= firstCut) {
                out.add(s);
            } else if (!content.isEmpty()) {
                if (quotes == null) {
                    quotes = scanner.scan(text);
                }
                out.add(s.with(ContentBoundaries.kind(text, quotes, content), s.source(), content));
            }
        }
        return out;
    }

    private static int paragraphOf(Parsed doc, int offset) {
        int paragraph = 0;
        for (Sentence s : doc.sentences()) {
            if (s.start() > offset) {
                break;
            }
            paragraph = s.paragraph();
        }
        return paragraph;
    }

    /** The span cut where a sentence starts a new paragraph, each piece trimmed of white space. */
    private static List<Span> pieces(Parsed doc, Span c) {
        String text = doc.text();
        List<Span> pieces = new ArrayList<>();
        int from = c.start();
        int paragraph = -1;
        for (Sentence s : doc.sentences()) {
            if (s.start() >= c.end()) {
                break;
            }
            if (s.end() <= c.start()) {
                continue;
            }
            if (paragraph >= 0 && s.paragraph() != paragraph && s.start() > from) {
                pieces.add(Span.trimmed(text, from, s.start()));
                from = s.start();
            }
            paragraph = s.paragraph();
        }
        pieces.add(Span.trimmed(text, from, c.end()));
        return pieces;
    }
}
