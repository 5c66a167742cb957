package org.whosaid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.extract.Statements;
import org.whosaid.speaker.Cast;
import org.whosaid.speaker.SpeakerResolver;
import org.whosaid.statement.Statement;

class StatementDaterTest {

    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 3, 31);

    private static List<String> dates(Sample s, List<Statement> statements) {
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(statements));
        return new StatementDater()
                .dates(s.doc(), cast).stream().map(Statement::date).toList();
    }

    @Test
    void weekdaysAndMonthsLieBeforePublication() {
        Sample s = Sample.of(
                "\"He has a story to tell,\" Mr Kelner said on Thursday. "
                        + "Mr Smith said on Saturday that he agreed. Mr Jones said in September that he would run.",
                PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement("Mr Kelner", "said", "\"He has a story to tell,\""),
                        s.statement("Mr Smith", "said", "he agreed"),
                        s.statement("Mr Jones", "said", "he would run")));
        assertEquals(List.of("2017-03-30", "2017-03-25", "2016-09"), d);
    }

    @Test
    void aDateInsideWhatWasSaidDoesNotCount() {
        Sample s = Sample.of("Mr Spicer said the president will meet him on Monday.", PUBLISHED);
        List<String> d = dates(s, List.of(s.statement("Mr Spicer", "said", "the president will meet him on Monday")));
        assertEquals(java.util.Arrays.asList((String) null), d);
    }

    @Test
    void theParticipleThatOpensTheSentenceDatesTheCue() {
        Sample s = Sample.of(
                "Talking to reporters about the vote on Saturday morning, Mr Kelner said the count was fair. "
                        + "Asked about it on Tuesday, Mr Smith said he agreed. "
                        + "Having lost the vote in May, Mr Jones said he would run again.",
                PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement("Mr Kelner", "said", "the count was fair"),
                        s.statement("Mr Smith", "said", "he agreed"),
                        s.statement("Mr Jones", "said", "he would run again")));
        // What had happened before the words were said ("Having lost the vote in May") does not date them.
        assertEquals(java.util.Arrays.asList("2017-03-25", "2017-03-28", null), d);
    }

    @Test
    void aParticipleNamingTheEventToldBeforeTakesItsDate() {
        Sample s = Sample.of(
                "Mr Lynch was given the prize at a ceremony in London last night.\n\n"
                        + "Accepting the award, Mr Lynch said it was a great pleasure.\n\n"
                        + "Accepting a prize is hard, Mr Smith said.",
                PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement("Mr Lynch", "said", "it was a great pleasure"),
                        s.statement("Mr Smith", "said", "Accepting a prize is hard")));
        assertEquals(java.util.Arrays.asList("2017-03-30", null), d);
    }

    @Test
    void theFrameVerbDatesTheCue() {
        Sample s = Sample.of("Mr Trump weighed in on Friday, tweeting that Flynn should ask for immunity.", PUBLISHED);
        List<String> d = dates(s, List.of(s.statement("Mr Trump", "tweeting", "Flynn should ask for immunity")));
        assertEquals(List.of("2017-03-31"), d);
    }

    @Test
    void aQuoteDuringTheEventTakesTheEventsDate() {
        Sample s = Sample.of(
                "In September, Mr Flynn weighed in on immunity on NBC's Meet The Press.\n\n"
                        + "\"When you are given immunity, you probably committed a crime,\" Mr Flynn said during the interview.\n\n"
                        + "\"That is wrong,\" Mr Smith said.",
                PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement(
                                "Mr Flynn", "said", "\"When you are given immunity, you probably committed a crime,\""),
                        s.statement("Mr Smith", "said", "\"That is wrong,\"")));
        assertEquals("2016-09", d.get(0));
        assertNull(d.get(1));
    }

    @Test
    void aQuoteAfterTheMatchTakesTheDayTheArticleOpensWith() {
        Sample s = Sample.of(
                "Captain Siya Mokoena led his side to a 26-10 win over the visitors on Saturday.\n\n"
                        + "It was their first home win over them since 2014.\n\n"
                        + "\"The crowd carried us,\" said Mokoena after the match.\n\n"
                        + "\"We were poor,\" the coach said.",
                PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement("Mokoena", "said", "\"The crowd carried us,\""),
                        s.statement("the coach", "said", "\"We were poor,\"")));
        assertEquals("2017-03-25", d.get(0));
        assertNull(d.get(1));
    }

    @Test
    void aContinuedQuoteKeepsTheDate() {
        Sample s = Sample.of(
                "\"He should tell his story,\" Mr Spicer said on Friday. \"He wants to testify.\"", PUBLISHED);
        List<String> d = dates(
                s,
                List.of(
                        s.statement("Mr Spicer", "said", "\"He should tell his story,\""),
                        s.statement(null, null, "\"He wants to testify.\"")));
        assertEquals(List.of("2017-03-31", "2017-03-31"), d);
    }
}
