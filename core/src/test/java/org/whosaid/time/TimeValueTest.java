package org.whosaid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Token;

class TimeValueTest {

    private static final LocalDate TUESDAY = LocalDate.of(2015, 11, 17);

    private static List<Token> words(String... ws) {
        List<Token> out = new java.util.ArrayList<>();
        for (String w : ws) {
            out.add(new Token(out.size(), 0, 0, w.length(), w, "NNP", w, "DATE", null, -1, "root"));
        }
        return out;
    }

    @Test
    void aComingWeekendMovesBackAWeek() {
        assertEquals("2015-W46", TimeValue.pastDate("2015-W47-WE", words("the", "weekend"), TUESDAY));
        assertEquals("2015-W46", TimeValue.pastDate("2015-W46-WE", words("the", "weekend"), TUESDAY));
        assertEquals("2015-W47", TimeValue.pastDate("2015-W47", words("this", "week"), TUESDAY));
    }

    @Test
    void anExplicitYearStaysAndNonDatesAreDropped() {
        assertEquals("2016-09", TimeValue.pastDate("2016-09", words("September", "2016"), TUESDAY));
        assertEquals("2015-11-16", TimeValue.pastDate("2015-11-16TNI", words("Monday", "night"), TUESDAY));
        assertNull(TimeValue.pastDate("PRESENT_REF", words("now"), TUESDAY));
    }
}
