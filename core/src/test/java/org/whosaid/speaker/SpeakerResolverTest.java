package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.extract.Statements;
import org.whosaid.result.Entity;
import org.whosaid.statement.Statement;

class SpeakerResolverTest {

    private static String speaker(Cast cast, int i) {
        int who = cast.statements().get(i).speaker();
        return who < 0 ? null : cast.entities().get(who).name();
    }

    private static Entity entity(Cast cast, String name) {
        return cast.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sourcesResolveThroughNamesAppositionsAndContinuation() {
        Sample s = Sample.of(
                "The top Democrat on the committee, Adam Schiff, said leaders would meet. "
                        + "\"We should act,\" Mr Schiff said. \"The facts matter.\"\n\n"
                        + "A congressional aide confirmed the talks.",
                null);
        List<Statement> st = List.of(
                s.statement("The top Democrat on the committee, Adam Schiff,", "said", "leaders would meet"),
                s.statement("Mr Schiff", "said", "\"We should act,\""),
                s.statement(null, null, "\"The facts matter.\""),
                s.statement("A congressional aide", "confirmed", "the talks"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Adam Schiff", speaker(cast, 0));
        assertEquals("Adam Schiff", speaker(cast, 1));
        assertEquals("Adam Schiff", speaker(cast, 2));
        assertEquals(null, speaker(cast, 3));
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerStaysUnnamed() {
        Cast cast = officialThenHe("Senator Tom Ellery spoke on Monday. A senior official said the talks had failed. "
                + "He said no new date was set.");
        assertEquals(null, speaker(cast, 0));
        assertEquals(null, speaker(cast, 1));
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerIsTheNameThatComesBetween() {
        Cast cast = officialThenHe("A senior official said the talks had failed. Senator Tom Ellery arrived an hour "
                + "later. He said no new date was set.");
        assertEquals(null, speaker(cast, 0));
        assertEquals("Tom Ellery", speaker(cast, 1));
    }

    /** The speakers of "A senior official said the talks had failed" and "He said no new date was set". */
    private static Cast officialThenHe(String text) {
        Sample s = Sample.of(text, null);
        List<Statement> st = List.of(
                s.statement("A senior official", "said", "the talks had failed"),
                s.statement("He", "said", "no new date was set"));
        return new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
    }

    @Test
    void anOrganisationSpeaksForItself() {
        Sample s = Sample.of("The White House said the meeting was cancelled.", null);
        Cast cast = new SpeakerResolver()
                .resolve(s.doc(), List.of(s.statement("The White House", "said", "the meeting was cancelled")));
        assertEquals("White House", speaker(cast, 0));
    }

    @Test
    void entitiesCarryTheirTitlesAndEveryMention() {
        Sample s = Sample.of("White House spokesman Sean Spicer spoke. Mr Spicer's remarks were brief.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of());
        Entity spicer = entity(cast, "Sean Spicer");
        assertEquals(List.of("White House spokesman"), spicer.titles());
        assertEquals(
                List.of("Sean Spicer", "Mr Spicer"),
                spicer.mentions().stream().map(m -> m.text()).toList());
        assertTrue(spicer.mentions().stream().allMatch(m -> m.matches(s.doc().text())));
    }

    private static List<String> titlesOf(String text, String name) {
        return entity(new SpeakerResolver().resolve(Sample.of(text, null).doc(), List.of()), name)
                .titles();
    }

    @Test
    void aDefiniteDescriptionOfANamedPersonAddsATitle() {
        assertEquals(
                List.of("retired lieutenant general", "General"),
                titlesOf(
                        "Mr Flynn's lawyer said the retired lieutenant general should not face charges. "
                                + "\"General Flynn has a story to tell,\" Mr Kelner said.",
                        "Flynn"));
    }

    @Test
    void aDescriptionOfSomeoneNamedFarAwayAddsNoTitle() {
        assertEquals(
                List.of("Senator"),
                titlesOf(
                        "Sen. Rand Paul spoke first. Mike Huckabee agreed. Voters listened. Rick Santorum attacked "
                                + "Cruz, with the campaign of the former senator from Pennsylvania saying so.",
                        "Rand Paul"));
    }

    @Test
    void aPronounSourceAfterAStatementIsItsSpeaker() {
        Sample s = Sample.of(
                "\"He is operating in a very ambitious way,\" said Peter Wehner, a former adviser who has known "
                        + "Mr. Ryan for two decades. \"He is trying to set forth a path,\" he said.",
                null);
        List<Statement> st = List.of(
                s.statement(
                        "Peter Wehner, a former adviser who has known Mr. Ryan for two decades",
                        "said",
                        "\"He is operating in a very ambitious way,\""),
                s.statement("he", "said", "\"He is trying to set forth a path,\""));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Peter Wehner", speaker(cast, 1));
    }

    @Test
    void aPronounFollowsTheSubjectPronounBeforeIt() {
        Sample s = Sample.of(
                "Cruz has said he is a strong supporter of legal immigration. He defended Trump's remarks "
                        + "when the billionaire came under attack, and has not answered what he would do.",
                null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of());
        int he = -1;
        for (org.whosaid.nlp.Token t : s.doc().tokens()) {
            he = t.word().equals("he") ? t.index() : he;
        }
        assertEquals("Cruz", cast.entities().get(cast.referent(he)).name());
    }

    @Test
    void aPronounAfterALongQuotationIsTheOneWhoSpokeIt() {
        Sample s = Sample.of(
                "Retired General Norman Ham spoke on Monday. \"Cuts hurt us,\" he said. \"It was hard. We trained "
                        + "less. We lost good people. Morale fell.\"\nWhile he admitted funding mattered, Ham also "
                        + "noted other reasons.",
                null);
        int after = s.doc().text().indexOf("While");
        List<Statement> st = List.of(
                s.statement("he", "said", "\"Cuts hurt us,\""),
                s.statement(null, null, "\"It was hard. We trained less. We lost good people. Morale fell.\""),
                s.statement("he", "admitted", "funding mattered", after));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Norman Ham", speaker(cast, 1));
        assertEquals("Norman Ham", speaker(cast, 2));
    }

    @Test
    void aPronounIsNotTheOneJustSpeakingWhereSomeoneElseIsNamedBetween() {
        Sample s = Sample.of(
                "Donald Trump spoke in Ohio. Rep. Jim Clyburn said, \"These are howls.\" Trump has record low "
                        + "support from black voters. He said they had nothing to lose.",
                null);
        List<Statement> st = List.of(
                s.statement("Rep. Jim Clyburn", "said", "\"These are howls.\""),
                s.statement("He", "said", "they had nothing to lose"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Jim Clyburn", speaker(cast, 0));
        assertEquals("Donald Trump", speaker(cast, 1));
    }

    @Test
    void aRelativePronounAfterADashStandsForTheNameBeforeIt() {
        Sample s = Sample.of(
                "It has become an issue, with Hillary Clinton \u2014 who has called for tax hikes on the rich \u2014 "
                        + "attacking the plan.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(s.doc(), List.of(s.statement("who", "has called for", "tax hikes on the rich")));
        assertEquals("Hillary Clinton", speaker(cast, 0));
    }

    @Test
    void aFirstNameGivenAloneTellsWhomAPronounCanBe() {
        Sample s = Sample.of("Melanie sat down by the bed. Kevin was snoring. \"Here he is,\" she said.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of(s.statement("she", "said", "\"Here he is,\"")));
        assertEquals("Melanie", speaker(cast, 0));
    }

    @Test
    void aRoleTheParserTookForTheHeadIsTheNameAfterIt() {
        Sample s = Sample.of(
                "On Sunday, Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate's tweet "
                        + "was only meant to mock Hillary Clinton.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(
                        s.doc(),
                        List.of(s.statement(
                                "Republican vice-presidential nominee Gov. Mike Pence (R-IN)",
                                "said",
                                "his running mate's tweet was only meant to mock Hillary Clinton")));
        assertEquals("Mike Pence", speaker(cast, 0));
    }

    @Test
    void anOfficeTheTaggerRanIntoTheNameIsATitleOfThePerson() {
        Sample s = Sample.of(
                "Booker Chair of Judges Esi Okonjo said the novel was brave and true.\n\n"
                        + "A harsh critic of Mr. Lopez suggests that the prize has lost its way.",
                null);
        List<Statement> st = List.of(
                s.statement("Booker Chair of Judges Esi Okonjo", "said", "the novel was brave and true"),
                s.statement("A harsh critic of Mr. Lopez", "suggests", "that the prize has lost its way"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Esi Okonjo", speaker(cast, 0));
        assertTrue(
                entity(cast, "Esi Okonjo").titles().contains("Booker Chair of Judges"),
                () -> entity(cast, "Esi Okonjo").titles().toString());
        assertEquals(null, speaker(cast, 1));
    }

    @Test
    void itAfterADocumentIsWhoeverStandsBehindIt() {
        Sample s = Sample.of(
                "A note from council chief Mary Doyle said there will be no meetings this month.\n\n"
                        + "Councillors will answer by email, the note says. That could include land sales, it says.\n\n"
                        + "A new ad from Tom Reyes's campaign attacks the plan. The ad says the plan failed.",
                null);
        List<Statement> st = List.of(
                s.statement("A note from council chief Mary Doyle", "said", "there will be no meetings this month"),
                s.statement("the note", "says", "Councillors will answer by email"),
                s.statement(
                        "it",
                        "says",
                        "That could include land sales",
                        s.doc().text().indexOf("That could")),
                s.statement("The ad", "says", "the plan failed"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals("Mary Doyle", speaker(cast, 0));
        assertEquals("Mary Doyle", speaker(cast, 1));
        assertEquals("Mary Doyle", speaker(cast, 2));
        assertEquals("Tom Reyes", speaker(cast, 3));
    }
}
