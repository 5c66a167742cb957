package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.Sample;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class StatementsTest {

    private final Statements statements = new Statements();

    private List<Statement> find(String text) {
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = statements.find(doc);
        for (Statement s : found) {
            for (Span c : s.content()) {
                assertTrue(c.matches(text), "content offsets match the text");
            }
        }
        return found;
    }

    private static String content(Statement s) {
        return String.join(" | ", s.content().stream().map(Span::text).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"%s,\" Senator Smith said.",
                "\u201c%s,\u201d Senator Smith said.",
                "''%s,'' Senator Smith said.",
                "\u2018%s,\u2019 Senator Smith said.",
                "\u00ab%s,\u00bb Senator Smith said."
            })
    void findsDirectQuotesInEveryStyle(String pattern) {
        String text = String.format(pattern, "We will cut taxes for every family in the state");
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        Statement s = found.get(0);
        assertEquals(Kind.DIRECT, s.kind());
        assertEquals("Senator Smith", s.source().text());
        assertEquals("said", s.cue().text());
        assertEquals(text.substring(0, text.indexOf(" Senator")), content(s));
    }

    @Test
    void aCueSeenOnlyAFewTimesDoesNotTakeTheWordsOfASurerOne() {
        List<Statement> found = find("It came days after Mr Tanaka told a forum in Perth that the collision happened in"
                + " waters where there was \u201csome kind of dispute between the two countries,\u201d despite"
                + " Canberra officials confirming the collision took place inside Australian waters.");
        Statement told = Sample.byCue(found, "told");
        assertEquals("Mr Tanaka", told.source().text());
        assertTrue(content(told).startsWith("that the collision happened in waters"), content(told));
    }

    @Test
    void aClauseThatHoldsAWholeStatementIsTheReportOfIt() {
        List<Statement> found = find("The row began on Saturday after he informed the media that the party leader"
                + " has ordered all the ministers to be present in the capital next week.");
        assertEquals(1, found.size(), found::toString);
        Statement s = found.get(0);
        assertEquals("he", s.source().text());
        assertEquals("informed", s.cue().text());
        assertTrue(content(s).startsWith("that the party leader has ordered"), content(s));
    }

    @Test
    void aVerbTheParserGaveTwoSubjectsHasTheNearerOne() {
        List<Statement> found = find("Though she has praised plans to go after so-called stamp duty, a tax important"
                + " to wealthy home owners, as proof of her resolve to take on the rich, economists say the effect"
                + " of those changes would be dwarfed by her other tax cuts.");
        Statement say = Sample.byCue(found, "say");
        assertEquals("economists", say.source().text());
        assertTrue(content(say).startsWith("the effect of those changes"), content(say));
    }

    @Test
    void aSentenceOpeningWithAPollReportsWhatThePollFound() {
        List<Statement> found = find("In the latest Ipsos poll, Labour leads the Conservatives by six points among"
                + " likely voters. But in a Quinnipiac survey released on Tuesday, 48 percent of voters said they"
                + " backed the mayor. In the polls, anyway. In a YouGov survey, the mayor's lead remained in"
                + " single digits.");
        assertEquals(3, found.size(), found::toString);
        Statement poll = Sample.byCue(found, "In");
        assertEquals("the latest Ipsos poll", poll.source().text());
        assertEquals("Labour leads the Conservatives by six points among likely voters", content(poll));
        assertEquals(
                "48 percent of voters", Sample.byCue(found, "said").source().text());
        // "remained" is sometimes a cue, but no statement found before has it as one.
        Statement yougov = found.get(2);
        assertEquals("a YouGov survey", yougov.source().text());
        assertEquals("the mayor's lead remained in single digits", content(yougov));
    }

    @Test
    void aWordThatStandsForAWholeAnswerIsWhatWasSaid() {
        List<Statement> found = find("Of the members, 61 percent said yes, compared with 30 percent a year ago. A"
                + " third said so in March. The mayor said so many things. The council said no to the bid. Asked"
                + " again, the treasurer said no, no, no, and left.");
        Statement yes = Sample.byCue(found, "said");
        assertEquals("61 percent", yes.source().text());
        assertEquals("yes", content(yes));
        assertTrue(
                found.stream()
                        .anyMatch(s -> s.source() != null
                                && s.source().text().equals("A third")
                                && content(s).equals("so")),
                found::toString);
        assertTrue(found.stream().anyMatch(s -> content(s).equals("no, no, no")), found::toString);
        // The word opens a phrase: "so many things", "no to the bid".
        assertTrue(
                found.stream()
                        .filter(s -> s.source() != null && s.source().text().startsWith("The "))
                        .noneMatch(s -> content(s).length() <= 3),
                found::toString);
    }

    @Test
    void aVerbOfSpeakingThatClosesTheSentenceReportsTheSentenceBeforeIt() {
        List<Statement> found = find("The mayor had told police officers that she did not want the escort at all, but"
                + " the department overruled that request, the aide added. The benefit, it says, would be $300 a"
                + " week.");
        Statement added = Sample.byCue(found, "added");
        assertEquals("reported-trailing", added.rule());
        assertEquals("the aide", added.source().text());
        assertTrue(content(added).startsWith("The mayor had told police officers"), content(added));
        assertTrue(content(added).endsWith("overruled that request"), content(added));
        assertEquals("reported-parenthetical", Sample.byCue(found, "says").rule());
    }

    @Test
    void aReportingParticipleAfterTheSpeakerIsNoPartOfTheSpeaker() {
        List<Statement> found = find("\"We spoke about it in the week and I thought we did it well,\" said the coach,"
                + " admitting that they are not the finished article yet.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("the coach", found.get(0).source().text());
        assertEquals("said", found.get(0).cue().text());
        assertEquals("admitting", found.get(1).cue().text());
        assertEquals("that they are not the finished article yet", content(found.get(1)));
    }

    @Test
    void aQuoteOverParagraphsIsOneStatement() {
        String text = "The governor spoke at length on Monday. She said:\n\n"
                + "\u201cWe have balanced the budget for the third year in a row.\n\n"
                + "\u201cAnd we will keep doing it, whatever the legislature decides.\u201d\n\nThe session ends in May.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        Statement s = found.get(0);
        assertEquals(Kind.DIRECT, s.kind());
        assertEquals("She", s.source().text());
        assertTrue(content(s).startsWith("\u201cWe have balanced"));
        assertTrue(content(s).endsWith("decides.\u201d"));
    }

    @Test
    void aQuoteSplitByItsCueIsOneStatementWithTwoSpans() {
        String text = "\u201cThe plan is dead,\u201d the mayor said, \u201cand nobody in this city will miss it.\u201d";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        Statement s = found.get(0);
        assertEquals(2, s.content().size());
        assertEquals("\u201cThe plan is dead,\u201d", s.content().get(0).text());
        assertEquals(
                "\u201cand nobody in this city will miss it.\u201d",
                s.content().get(1).text());
        assertEquals("the mayor", s.source().text());
        assertEquals(Kind.DIRECT, s.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "confirmed", "argued", "warned", "insisted", "tweeted", "added"})
    void findsReportedSpeech(String verb) {
        String text = "The finance minister " + verb + " that taxes would rise next year.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        Statement s = found.get(0);
        assertEquals(Kind.INDIRECT, s.kind());
        assertEquals("The finance minister", s.source().text());
        assertEquals(verb, s.cue().text());
        assertTrue(content(s).endsWith("taxes would rise next year"), content(s));
        assertEquals(verb.equals("tweeted") ? "tweet" : null, s.channel());
    }

    @Test
    void findsToldSomeoneThat() {
        List<Statement> found = find("The coach told reporters that the team would appeal the ruling.");
        assertEquals(1, found.size());
        assertEquals("The coach", found.get(0).source().text());
        assertTrue(content(found.get(0)).endsWith("the team would appeal the ruling"));
    }

    @Test
    void findsAccordingTo() {
        List<Statement> found = find("According to the police report, the driver was speeding.");
        assertEquals(1, found.size());
        Statement s = found.get(0);
        assertEquals("According to", s.cue().text());
        assertEquals("the police report", s.source().text());
        assertEquals("the driver was speeding", content(s));
    }

    @Test
    void paraphraseWithQuotedWordsIsMixed() {
        String text = "The president said the inquiry was \u201ca witch hunt\u201d run by his opponents.";
        List<Statement> found = find(text);
        assertEquals(1, found.size());
        assertEquals(Kind.MIXED, found.get(0).kind());
        assertTrue(content(found.get(0)).contains("\u201ca witch hunt\u201d run by his opponents"));
    }

    @Test
    void aDirectQuoteInterruptedByItsCueSentenceIsOneStatement() {
        String text = "\u201cWe had a preliminary conversation with his lawyer,\u201d spokesman Jack Langer said. "
                + "\u201cThe discussions did not include immunity.\u201d";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(2, found.get(0).content().size());
        assertEquals("spokesman Jack Langer", found.get(0).source().text());
    }

    @Test
    void theSpeakerIsOutsideTheMarksWhenQuotedWordsAlsoParseAsSubject() {
        String text = "\"My hope,\" he said, \"is that the new law will help the farmers who need it most.\"";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("he", found.get(0).source().text());
        assertEquals(2, found.get(0).content().size());
    }

    @Test
    void theNameBetweenTheClosingMarkAndTheCueIsTheSpeaker() {
        String text =
                "\u201cYou say you \u2018take the blame, and it was the fault of those 300 workers,\u2019\u201d Jones said.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("Jones", found.get(0).source().text());
    }

    @Test
    void aQuoteAfterALongCueSentenceWithAbbreviationsJoinsIt() {
        String text = "\u201cThis is a sad day,\u201d said Rep. John Smith (D-N.C.), head of the farm caucus. "
                + "\u201cThe bill will hurt every small farm in the state.\u201d";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(2, found.get(0).content().size());
        assertTrue(found.get(0).source().text().startsWith("Rep. John Smith"));
    }

    @Test
    void aQuoteAfterParaphraseEndingInQuotedWordsJoinsIt() {
        String text = "The answers to the crisis are \"not meeting the demand,\" says Paul Jones, head of the group. "
                + "\"We often compare it to the early days of a war, when nobody was paying attention.\"";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(Kind.MIXED, found.get(0).kind());
        assertEquals(2, found.get(0).content().size());
        assertEquals("Paul Jones, head of the group", found.get(0).source().text());
    }

    @Test
    void aQuoteAfterAStatementThatQuotesAWholeClauseIsAStatementOfItsOwn() {
        String text = "The board \"had a long talk with the mayor about the future of the harbour,\" spokesman "
                + "Tom Ellery said. \"The talks did not touch on the budget or on any new taxes.\"";
        List<Statement> found = find(text);
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals(Kind.MIXED, found.get(0).kind());
        assertEquals(1, found.get(0).content().size());
        Statement second = found.get(1);
        assertNull(second.source());
        assertNull(second.cue());
        assertEquals(Kind.DIRECT, second.kind());
        assertTrue(content(second).startsWith("\"The talks"), () -> content(second));
    }

    @Test
    void aRefusedOfferIsADecisionNotAStatement() {
        List<Statement> found =
                find("The council rebuffed the developer's offer of a new stadium in exchange for land.");
        assertTrue(
                found.stream().noneMatch(s -> s.cue() != null && s.cue().text().equals("rebuffed")),
                () -> found.toString());
        List<Statement> criticised = find("The council rebuffed the developer's claims about the stadium costs.");
        assertTrue(
                criticised.stream()
                        .anyMatch(s -> s.cue() != null && s.cue().text().equals("rebuffed")),
                () -> criticised.toString());
    }

    @Test
    void aCueWithoutASpeakerGoesOnOnlyInsideItsOwnSentence() {
        String text = "Mayor Ann Ross said the harbour would stay open, adding that fees would rise. "
                + "Voters might stop to consider what a closure would cost. "
                + "\"We will keep it open for everyone in the town.\"";
        Span mayor = span(text, "Mayor Ann Ross");
        List<Statement> st = List.of(
                new Statement(
                        Kind.INDIRECT,
                        mayor,
                        span(text, "said"),
                        List.of(span(text, "the harbour would stay open")),
                        null,
                        0,
                        "t"),
                new Statement(
                        Kind.INDIRECT,
                        null,
                        span(text, "adding"),
                        List.of(span(text, "fees would rise")),
                        null,
                        0,
                        "t"),
                new Statement(
                        Kind.INDIRECT,
                        null,
                        span(text, "consider"),
                        List.of(span(text, "what a closure would cost")),
                        null,
                        1,
                        "t"),
                new Statement(
                        Kind.DIRECT,
                        null,
                        null,
                        List.of(span(text, "\"We will keep it open for everyone in the town.\"")),
                        null,
                        2,
                        "t"));
        List<Statement> marked = Statements.continuations(st);
        assertEquals(
                List.of(false, true, false, true),
                marked.stream().map(Statement::continuation).toList());
    }

    private static Span span(String text, String words) {
        int i = text.indexOf(words);
        return new Span(i, i + words.length(), words);
    }

    @Test
    void aQuoteParagraphRightAfterItsCueSentenceJoinsIt() {
        String text = "\u201cNo one is writing songs for the senator this year,\u201d he said.\n\n"
                + "\u201cRight now, the vote is against the governor. It is not for the senator.\u201d\n\nThe vote is in May.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(2, found.get(0).content().size());
        assertEquals("he", found.get(0).source().text());
    }

    @Test
    void aQuoteAfterAnotherSentenceStaysAContinuation() {
        String text = "\"We had problems with the vendor in the past,\" Obama said after the meeting. "
                + "He did not name anyone. \"Our goal is to set some rules so that everybody acts responsibly.\"";
        List<Statement> found = find(text);
        assertTrue(found.size() >= 2, () -> found.toString());
        assertEquals(1, found.get(0).content().size());
        Statement last = found.get(found.size() - 1);
        assertNull(last.source());
        assertTrue(content(last).startsWith("\"Our goal"));
    }

    @Test
    void aQuoteThatGoesOnWithoutSourceIsAContinuation() {
        String text = "Spokesman Jack Langer said the committee had a preliminary conversation with his lawyer. "
                + "\u201cThe discussions did not include immunity.\u201d";
        List<Statement> found = find(text);
        assertEquals(2, found.size(), () -> found.toString());
        Statement second = found.get(1);
        assertNull(second.source());
        assertNull(second.cue());
        assertEquals(Kind.DIRECT, second.kind());
        assertEquals("\u201cThe discussions did not include immunity.\u201d", content(second));
        assertEquals(1, second.sentence());
        assertEquals("Spokesman Jack Langer", found.get(0).source().text());
    }

    @Test
    void aQuoteRightAfterParaphraseClosedByItsCueJoinsIt() {
        String text = "The committee had a preliminary conversation with his lawyer, spokesman Jack Langer said. "
                + "\u201cThe discussions did not include immunity.\u201d";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("spokesman Jack Langer", found.get(0).source().text());
        assertEquals(
                "The committee had a preliminary conversation with his lawyer | "
                        + "\u201cThe discussions did not include immunity.\u201d",
                content(found.get(0)));
    }

    @Test
    void aQuoteParagraphAfterAStatementIsAContinuation() {
        String text = "The senator said the bill was unfair to farmers.\n\n"
                + "\u201cThey work harder than anyone and they deserve better than this.\u201d\n\nThe vote is on Friday.";
        List<Statement> found = find(text);
        assertEquals(2, found.size(), () -> found.toString());
        assertNull(found.get(1).source());
        assertEquals(Kind.DIRECT, found.get(1).kind());
    }

    @Test
    void aDescribedSpeakerAfterTheCueIsTheSource() {
        List<Statement> found = find("\"At the end of the day, it just became a lot of people competing for votes,\" "
                + "said Republican political consultant Chris Russell.");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(
                "Republican political consultant Chris Russell",
                found.get(0).source().text());
    }

    @Test
    void aShortQuotationBeforeItsSpeakerIsSpeech() {
        List<Statement> found = find("\u201cI love you,\u201d he said to the crowd.");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("he", found.get(0).source().text());
        assertEquals("\u201cI love you,\u201d", content(found.get(0)));
    }

    @Test
    void scareQuotesAndTitlesAreNotStatements() {
        assertEquals(List.of(), find("The so-called \u201cexperts\u201d met in Paris on Monday."));
        assertEquals(
                List.of(), find("She starred in \u201cGone With the Wind\u201d and later in \u201cThe Heiress.\u201d"));
    }

    @Test
    void namesTheChannel() {
        List<Statement> found = find("The senator said in an interview that the deal was dead.");
        assertEquals(1, found.size());
        assertEquals("interview", found.get(0).channel());
        found = find("The agency said in a statement that it would appeal.");
        assertEquals("statement", found.get(0).channel());
    }

    @Test
    void aParticipleCueTakesTheSubjectOfTheClauseBefore() {
        List<Statement> found = find("Attorney General Roy Cooper called Friday for releasing the police videos, "
                + "saying that transparency \"breaks down barriers and brings progress.\"");
        Statement saying = Sample.byCue(found, "saying");
        assertEquals("Attorney General Roy Cooper", saying.source().text());
    }

    @Test
    void callingSomeoneSomethingKeepsBothInWhatWasSaid() {
        List<Statement> found = find("Cruz called Trump a \"pathological liar\" who is \"utterly amoral.\"");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("Cruz", found.get(0).source().text());
        assertTrue(content(found.get(0)).startsWith("Trump a \"pathological liar\""), () -> content(found.get(0)));
    }

    @Test
    void aClauseEndingInAColonIntroducesTheQuotation() {
        List<Statement> found = find("Then the candidate boomed: \u201cLet\u2019s defeat her in November.\u201d");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("the candidate", found.get(0).source().text());
        assertEquals("boomed", found.get(0).cue().text());
        assertEquals(Kind.DIRECT, found.get(0).kind());
    }

    @Test
    void aSignedQuotationNamesItsSpeaker() {
        String text = "Readers wrote to us after the debate.\n\n"
                + "\u201cHe scares me, and he scares my children too.\u201d \u2015 Carla Sanchez.\n\nMore soon.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("Carla Sanchez", found.get(0).source().text());
        assertEquals("\u2015", found.get(0).cue().text());
    }

    @Test
    void aParagraphAfterXAddedIsWhatXSaid() {
        String text = "The coach spoke to reporters after the match. The coach added:\n\n"
                + "It was a hard game for everyone. We did not play well in the first half.\n\n"
                + "The club plays again on Saturday.";
        List<Statement> found = find(text);
        Statement block = found.stream()
                .filter(s -> s.rule().equals("block-quote"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("The coach", block.source().text());
        assertEquals("added", block.cue().text());
        assertTrue(content(block).startsWith("It was a hard game"), () -> content(block));
        assertTrue(content(block).endsWith("the first half"), () -> content(block));
    }

    @Test
    void aReportingParticipleAfterAReportedClauseIsAStatementOfTheReporter() {
        List<Statement> found = find("The senator said he did not believe the advertisements had hurt the party in"
                + " 2012, arguing that divisions among Republicans were a bigger problem.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("he did not believe the advertisements had hurt the party in 2012", content(found.get(0)));
        assertEquals("arguing", found.get(1).cue().text());
        assertEquals("The senator", found.get(1).source().text());
        assertEquals("participle-reporter", found.get(1).sourceRule());
    }

    @Test
    void whatTheSpeakerDidMeanwhileIsNotWhatWasSaid() {
        List<Statement> found = find("The senator has repeatedly wondered whether the moderators will be fair to him,"
                + " engaging in what critics call an old tactic.");
        Statement wondered = Sample.byCue(found, "wondered");
        assertEquals("whether the moderators will be fair to him", content(wondered));
    }

    @Test
    void aSecondReportJoinedToWhatWasSaidIsAStatementOfItsOwn() {
        List<Statement> found = find("The minister said the budget was balanced, and opposition leaders warned that"
                + " the figures hid a deficit.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the budget was balanced", content(found.get(0)));
        assertEquals("opposition leaders", found.get(1).source().text());
        assertEquals("that the figures hid a deficit", content(found.get(1)));
    }

    @Test
    void aVerbOfSpeakingJoinedToWhatWasSaidIsTheReportersOwn() {
        List<Statement> found =
                find("The judge said the offence was now two years old and added: \"He has kept out of trouble.\"");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the offence was now two years old", content(found.get(0)));
        assertEquals("added", found.get(1).cue().text());
        assertEquals("The judge", found.get(1).source().text());
        assertEquals("joined-report", found.get(1).sourceRule());
    }

    @Test
    void whoDidTheFirstThingMaySayTheSecond() {
        List<Statement> found =
                find("Neighbours said the man had lived there for years and told them he was a teacher.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the man had lived there for years", content(found.get(0)));
        assertEquals("the man", found.get(1).source().text());
    }

    @Test
    void aQuestionIsItsOwnSpeakersWhereACueSentenceOpensWithTheSpeaker() {
        List<Statement> found =
                find("\u201cIt was a fine day,\u201d Ms. Ortiz said to the mayor, who had come to hear her.\n\n"
                        + "\u201cWho would have thought that we would get this far with so little money?\u201d the mayor said,"
                        + " looking out at the packed square.");
        Statement question = found.stream()
                .filter(s -> content(s).startsWith("\u201cWho"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("the mayor", question.source().text());
        assertTrue(found.stream().noneMatch(s -> s.content().size() > 1), () -> found.toString());
    }

    @Test
    void aReportSetAgainstWhatWasSaidIsAStatementOfItsOwn() {
        List<Statement> found = find("The spokeswoman said the group planned to march on the capital, though she"
                + " acknowledged it was unlikely to change the vote.");
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the group planned to march on the capital", content(found.get(0)));
        assertEquals("acknowledged", found.get(1).cue().text());
        assertEquals("it was unlikely to change the vote", content(found.get(1)));
    }

    @Test
    void aParticipleAfterTheCueAndItsCommaIsNotWhatWasSaid() {
        String text =
                "\u201cWe are looking at the needs of the people,\u201d Smith said, going on to compare the plans.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "going", "said", "xcomp");
        List<Statement> found = statements.find(doc);
        Statement said = Sample.byCue(found, "said");
        assertEquals("\u201cWe are looking at the needs of the people,\u201d", content(said));
    }

    @Test
    void aQuotedTitleBeforeACueIsNotWhatWasSaid() {
        List<Statement> found =
                find("On Sunday the host took calls from listeners to his \"Talk It Over\" radio show who"
                        + " said they were angry about the new tax.");
        Statement said = Sample.byCue(found, "said");
        assertEquals("they were angry about the new tax", content(said));
    }
}
