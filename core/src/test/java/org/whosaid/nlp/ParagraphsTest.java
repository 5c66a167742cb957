package org.whosaid.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static List<Integer> paragraphs(String text) {
        return Linguistics.shared().parse(text, null).sentences().stream()
                .map(Sentence::paragraph)
                .toList();
    }

    @Test
    void aSentenceThatStartsALineStartsAParagraph() {
        assertEquals(
                List.of(0, 0, 1, 2),
                paragraphs("The vote was close. It passed.\nCritics were angry.\n\nThe bill goes to the Senate."));
    }

    @Test
    void aLineBrokenInsideASentenceIsOneParagraph() {
        assertEquals(List.of(0, 0), paragraphs("The plan would bar visitors from\nentering the country. It failed."));
    }
}
