package org.whosaid.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

    private static final String TEXT = "Mr Spicer said \"no\".";

    @Test
    void takesItsTextFromTheSource() {
        Span s = Span.of(TEXT, 3, 9);
        assertEquals("Spicer", s.text());
        assertTrue(s.matches(TEXT));
        assertFalse(new Span(3, 9, "Spices").matches(TEXT));
    }

    @Test
    void trimsWhiteSpaceAtBothEdges() {
        Span s = Span.trimmed(TEXT, 9, 15);
        assertEquals(new Span(10, 14, "said"), s);
    }

    @Test
    void rejectsATextOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 2, "Mr "));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4, ""));
    }

    @Test
    void overlapAndContainment() {
        Span said = Span.of(TEXT, 10, 14);
        assertTrue(Span.of(TEXT, 0, 14).contains(said));
        assertTrue(Span.of(TEXT, 12, 18).overlaps(said));
        assertFalse(Span.of(TEXT, 14, 18).overlaps(said));
    }
}
