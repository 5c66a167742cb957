package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HonorificsTest {

    @Test
    void courtesyTitlesSayNothingOfARoleButMayTellTheGender() {
        assertTrue(Honorifics.isCourtesy("Dame"));
        assertEquals(Gender.FEMALE, Honorifics.gender("Dame"));
        assertEquals(Gender.MALE, Honorifics.gender("Sir"));
        assertFalse(Honorifics.isOffice("Mr."));
    }

    @Test
    void officesAreRolesWithAbbreviationsSpelledOut() {
        assertTrue(Honorifics.isOffice("Sen."));
        assertEquals("senator", Honorifics.role("Sen."));
        assertEquals("reverend", Honorifics.role("Rev."));
        assertEquals("minister", Honorifics.role("Minister"));
    }

    @Test
    void onlyACapitalisedWordStandsBeforeAName() {
        assertFalse(Honorifics.isHonorific("president"));
        assertTrue(Honorifics.isListed("president"));
    }
}
