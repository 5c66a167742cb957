package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtentTest {

    private static final CodePoints TEXT = new CodePoints("  one two\u00a0 three  ");

    @Test
    void trimsEdgesIncludingNoBreakSpaces() {
        assertEquals(
                List.of(new Fragment(2, 9)),
                Extent.normalise(List.of(new Fragment(0, 11)), TEXT).fragments());
    }

    @Test
    void mergesOverlappingAndTouchingFragmentsInOrder() {
        Extent e = Extent.normalise(
                List.of(new Fragment(6, 9), new Fragment(2, 5), new Fragment(4, 7), new Fragment(11, 16)), TEXT);
        assertEquals(List.of(new Fragment(2, 9), new Fragment(11, 16)), e.fragments());
        assertEquals("one two three", e.text(TEXT));
    }

    @Test
    void keepsFragmentsApartWhereOnlySpaceLiesBetween() {
        assertEquals(
                List.of(new Fragment(2, 5), new Fragment(6, 9)),
                Extent.normalise(List.of(new Fragment(2, 6), new Fragment(5, 9)), TEXT)
                        .fragments());
    }

    @Test
    void dropsBlankFragmentsAndClipsToTheText() {
        assertEquals(Extent.NONE, Extent.normalise(List.of(new Fragment(0, 2), new Fragment(9, 9)), TEXT));
        assertEquals(
                List.of(new Fragment(11, 16)),
                Extent.normalise(List.of(new Fragment(11, 500)), TEXT).fragments());
    }

    @Test
    void equalExtentsCoverTheSameCharacters() {
        assertEquals(
                Extent.normalise(List.of(new Fragment(7, 9), new Fragment(2, 7)), TEXT),
                Extent.normalise(List.of(new Fragment(1, 10)), TEXT));
    }
}
