package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private final QuoteScanner scanner = new QuoteScanner();

    private List<String> quotes(String text) {
        return scanner.scan(text).stream()
                .map(q -> text.substring(q.start(), q.end()))
                .toList();
    }

    @Test
    void findsEveryDoubleQuoteStyle() {
        assertEquals(List.of("\"We won,\""), quotes("\"We won,\" she said."));
        assertEquals(List.of("\u201cWe won,\u201d"), quotes("\u201cWe won,\u201d she said."));
        assertEquals(List.of("''We won,''"), quotes("''We won,'' she said."));
        assertEquals(List.of("\u00abWe won\u00bb"), quotes("She said \u00abWe won\u00bb today."));
    }

    @Test
    void aClosingMarkTypedForAnOpeningOneOpens() {
        String text = "\u201dWe will win this state.\u201d \u2015 Ana Ruiz\n\nShe waved \u201cgoodbye.\u201d";
        assertEquals(List.of("\u201dWe will win this state.\u201d", "\u201cgoodbye.\u201d"), quotes(text));
        assertEquals(List.of("\u201cWe won,\u201d"), quotes("\u201cWe won,\u201d she said, and left."));
    }

    @Test
    void aCurlyQuotationClosedWithAnotherMarkEndsThere() {
        assertEquals(
                List.of("\u201cI disagree,\"", "\"It failed.\""),
                quotes("\u201cI disagree,\" said the general. \"It failed.\""));
        assertEquals(
                List.of("\u201cApparently not,\u201c", "\u201cA leopard does not change.\u201d"),
                quotes("\u201cApparently not,\u201c he said. \u201cA leopard does not change.\u201d"));
    }

    @Test
    void findsSingleQuotesButNotApostrophes() {
        assertEquals(
                List.of("\u2018a disaster\u2019"),
                quotes(
                        "D\u2019Souza\u2019s aide called it \u2018a disaster\u2019 on Monday, voters\u2019 views aside."));
        assertEquals(List.of(), quotes("It's the voters' choice and Trump's rock'n'roll."));
    }

    @Test
    void joinsAQuoteThatRunsOverParagraphs() {
        String text =
                "He said:\n\n\u201cFirst paragraph of the quote.\n\n\u201cSecond paragraph, to the end.\u201d\n\nAfter.";
        List<Quotation> found = scanner.scan(text);
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).paragraphs());
        assertEquals(text.indexOf("\u201cFirst"), found.get(0).start());
        assertEquals(text.indexOf("end.\u201d") + 5, found.get(0).end());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        assertEquals(List.of("\"Next\""), quotes("\"Dangling text here.\n\nPlain paragraph, then \"Next\" word."));
    }

    @Test
    void splitQuotesAreTwoQuotations() {
        assertEquals(List.of("\u201cA,\u201d", "\u201cB.\u201d"), quotes("\u201cA,\u201d he said, \u201cB.\u201d"));
    }
}
