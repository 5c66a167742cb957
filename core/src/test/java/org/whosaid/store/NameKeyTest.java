package org.whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseDiacriticsHonorificsAndPunctuationAreSetAside() {
        assertEquals(Optional.of("sean spicer"), NameKey.of("Sean Spicer", "PERSON"));
        assertEquals(NameKey.of("Sean Spicer", "PERSON"), NameKey.of("Mr. SEAN SPICER", "PERSON"));
        assertEquals(NameKey.of("Jose Diaz", "PERSON"), NameKey.of("José Díaz", "PERSON"));
        assertEquals(NameKey.of("Beto O'Rourke", "PERSON"), NameKey.of("Beto O\u2019Rourke", "PERSON"));
        assertEquals(NameKey.of("Mike Pence", "PERSON"), NameKey.of("Vice President Mike Pence", "PERSON"));
    }

    @Test
    void aSurnameAloneIsNeverAKey() {
        assertTrue(NameKey.of("Spicer", "PERSON").isEmpty());
        assertTrue(NameKey.of("Mr. Spicer", "PERSON").isEmpty());
        assertTrue(NameKey.of("President Trump", "PERSON").isEmpty());
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertNotEquals(NameKey.of("John Smith", "PERSON"), NameKey.of("Jane Smith", "PERSON"));
        assertNotEquals(NameKey.of("George W. Bush", "PERSON"), NameKey.of("George H. W. Bush", "PERSON"));
        assertNotEquals(NameKey.of("Martin Luther King Jr.", "PERSON"), NameKey.of("Martin Luther King", "PERSON"));
    }

    @Test
    void organisationsKeepTheirWordsButNotALeadingArticle() {
        assertEquals(Optional.of("general motors"), NameKey.of("General Motors", "ORGANIZATION"));
        assertEquals(NameKey.of("White House", "ORGANIZATION"), NameKey.of("the White House", "ORGANIZATION"));
        assertEquals(Optional.of("reuters"), NameKey.of("Reuters", "ORGANIZATION"));
    }

    @Test
    void theHonorificsAreTheSpeakerStagesOwn() {
        assertEquals(NameKey.of("Keir Starmer", "PERSON"), NameKey.of("Sir Keir Starmer", "PERSON"));
        assertEquals(NameKey.of("Jane Okafor", "PERSON"), NameKey.of("Cllr Jane Okafor", "PERSON"));
        assertEquals(NameKey.of("Al Sharpton", "PERSON"), NameKey.of("the Rev. Al Sharpton", "PERSON"));
    }
}
