package org.whosaid.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApostrophesTest {

    @Test
    void onlyApostrophesInsideWordsAreStraightened() {
        String text = "\u2018It\u2019s over,\u2019 said O\u2019Brien of the ministers\u2019 plan in the \u201990s.";
        String straight = Apostrophes.straight(text);
        assertEquals(text.length(), straight.length());
        assertEquals("\u2018It's over,\u2019 said O'Brien of the ministers\u2019 plan in the \u201990s.", straight);
    }

    @Test
    void theModelsReadContractionsWithTypographicApostrophesAsTheyReadStraightOnes() {
        String text = "It\u2019s over. There\u2019ll be no meetings this month, said a note from the council.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Token is = doc.tokens().get(1);
        assertEquals("\u2019s", is.word(), "words are the article's own");
        assertEquals("\u2019s", text.substring(is.start(), is.end()));
        assertEquals("VBZ", is.pos());
        Token will = doc.tokens().stream()
                .filter(t -> t.word().equals("\u2019ll"))
                .findFirst()
                .orElseThrow();
        assertEquals("MD", will.pos());
        Token note = doc.tokens().stream()
                .filter(t -> t.word().equals("note"))
                .findFirst()
                .orElseThrow();
        assertEquals("said", doc.tokens().get(note.head()).word(), "the sentence's tree holds: a note said it");
    }
}
