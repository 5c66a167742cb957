package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class ParagraphsTest {

    private static final String QUOTED = "The prosecutor told the court: \u201cHe knew the risk.\n\n"
            + "\u201cHe chose to go on anyway.\u201d\n\nThe hearing resumes on Monday.\n";

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return Span.of(text, at, at + words.length());
    }

    private static List<Statement> split(String text, Statement s) {
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> out = new Paragraphs().split(doc, List.of(s));
        for (Statement o : out) {
            for (Span c : o.content()) {
                assertEquals(text.substring(c.start(), c.end()), c.text());
                assertFalse(c.text().contains("\n"), () -> "a span runs over a paragraph: " + c);
            }
        }
        return out;
    }

    private static Statement statement(String text, String source, String cue, String content, String rule) {
        return new Statement(
                Kind.DIRECT, span(text, source), span(text, cue), List.of(span(text, content)), null, 0, rule);
    }

    private static List<String> spans(Statement s) {
        return s.content().stream().map(Span::text).toList();
    }

    @Test
    void aQuotationThatGoesOnInTheNextParagraphIsAnotherSpan() {
        String content = "\u201cHe knew the risk.\n\n\u201cHe chose to go on anyway.\u201d";
        List<Statement> out = split(QUOTED, statement(QUOTED, "The prosecutor", "told", content, "quote-cue-before"));
        assertEquals(1, out.size());
        assertEquals(List.of("\u201cHe knew the risk.", "\u201cHe chose to go on anyway.\u201d"), spans(out.get(0)));
        assertEquals("told", out.get(0).cue().text());
    }

    @Test
    void wordsOfTheNextParagraphWithoutAQuotationMarkAreNotWhatWasSaid() {
        String content = "\u201cHe chose to go on anyway.\u201d\n\nThe hearing resumes on Monday.";
        List<Statement> out = split(QUOTED, statement(QUOTED, "The prosecutor", "told", content, "learned-tagger"));
        assertEquals(1, out.size());
        assertEquals(List.of("\u201cHe chose to go on anyway.\u201d"), spans(out.get(0)));
    }

    @Test
    void aTranscriptTurnKeepsItsParagraphs() {
        String text = "PENCE: We will win Ohio.\n\nAnd we will win Florida too.\n";
        Statement turn =
                statement(text, "PENCE", ":", "We will win Ohio.\n\nAnd we will win Florida too.", "label-line");
        List<Statement> out = split(text, turn);
        assertEquals(List.of("We will win Ohio.", "And we will win Florida too."), spans(out.get(0)));
    }

    @Test
    void aStatementWhoseCueFollowsTheBreakStaysWhole() {
        String text = "\u201cThe vote was close.\n\nThat is all,\u201d the mayor said.\n";
        Statement s = statement(
                text, "the mayor", "said", "\u201cThe vote was close.\n\nThat is all,\u201d", "quote-cue-after");
        assertEquals(List.of(s), new Paragraphs().split(Linguistics.shared().parse(text, null), List.of(s)));
    }
}
