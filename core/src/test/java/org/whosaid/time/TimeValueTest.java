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
    void aWeekOrAWeekendIsTheMonthItFallsIn() {
        assertEquals("2015-11", TimeValue.pastDate("2015-W46-WE", words("the", "weekend"), TUESDAY));
        assertEquals("2015-11", TimeValue.pastDate("2015-W47", words("this", "week"), TUESDAY));
        // Week 5 of 2019 runs from Monday 28 January to Sunday 3 February: most of it, and its
        // Thursday, in January; its weekend in February.
        LocalDate feb11 = LocalDate.of(2019, 2, 11);
        assertEquals("2019-01", TimeValue.pastDate("2019-W05", words("last", "week"), feb11));
        assertEquals("2019-02", TimeValue.pastDate("2019-W05-WE", words("the", "weekend"), feb11));
        assertEquals("2019-01", TimeValue.pastDate("2019-W05", words("week", "5", "2019"), null));
    }

    @Test
    void aComingWeekendMovesBackAWeek() {
        // The weekend after Tuesday 17 November 2015 is 21-22 November; the one before, 14-15 November.
        LocalDate nov30 = LocalDate.of(2015, 11, 30);
        assertEquals("2015-11", TimeValue.pastDate("2015-W47-WE", words("the", "weekend"), TUESDAY));
        // Saturday 5 December lies after 30 November: the weekend meant is 28-29 November.
        assertEquals("2015-11", TimeValue.pastDate("2015-W49-WE", words("the", "weekend"), nov30));
        assertEquals("2015-10", TimeValue.pastDate("2015-W44-WE", words("the", "weekend"), LocalDate.of(2015, 11, 1)));
    }

    @Test
    void anExplicitYearStaysAndNonDatesAreDropped() {
        assertEquals("2016-09", TimeValue.pastDate("2016-09", words("September", "2016"), TUESDAY));
        assertEquals("2015-11-16", TimeValue.pastDate("2015-11-16TNI", words("Monday", "night"), TUESDAY));
        assertNull(TimeValue.pastDate("PRESENT_REF", words("now"), TUESDAY));
    }
}
