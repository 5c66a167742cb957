package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.extract.CueLexicon;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class TagDecoderTest {

    /** Tags the tokens whose words are given, in order, with the role given before each group. */
    private static Tag[] tag(Parsed doc, Object... roleAndWords) {
        Tag[] tags = new Tag[doc.tokens().size()];
        Arrays.fill(tags, Tag.O);
        int from = 0;
        for (int k = 0; k < roleAndWords.length; k += 2) {
            int role = (Integer) roleAndWords[k];
            String[] words = ((String) roleAndWords[k + 1]).split(" ");
            int at = from;
            while (!doc.tokens().get(at).word().equals(words[0])) {
                at++;
            }
            for (int i = 0; i < words.length; i++) {
                Token t = doc.tokens().get(at + i);
                assertEquals(words[i], t.word());
                tags[at + i] = Tag.of(role, i == 0);
            }
            from = at + words.length;
        }
        return tags;
    }

    private static String content(Statement s) {
        return String.join(" | ", s.content().stream().map(Span::text).toList());
    }

    @Test
    void aCueWithItsSourceAndContentIsAStatement() {
        String text = "Senator Maria Lopez said the plan would fail. Nobody else spoke.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found =
                TagDecoder.decode(doc, tag(doc, 1, "Senator Maria Lopez", 2, "said", 3, "the plan would fail"));
        assertEquals(1, found.size());
        Statement s = found.get(0);
        assertEquals("Senator Maria Lopez", s.source().text());
        assertEquals("said", s.cue().text());
        assertEquals("the plan would fail", content(s));
        assertEquals(LearnedStatements.RULE, s.rule());
    }

    @Test
    void contentOnBothSidesOfItsCueIsOneStatementAndAContinuationJoinsIt() {
        String text = "\"We will win,\" Lopez said, \"and soon.\" \"The voters know it.\" The polls close at eight.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = TagDecoder.decode(
                doc,
                tag(
                        doc,
                        3,
                        "\" We will win , \"",
                        1,
                        "Lopez",
                        2,
                        "said",
                        3,
                        "\" and soon . \"",
                        3,
                        "\" The voters know it . \""));
        assertEquals(1, found.size(), found::toString);
        assertEquals(3, found.get(0).content().size(), found::toString);
        assertTrue(content(found.get(0)).endsWith("\"The voters know it.\""), found::toString);
    }

    @Test
    void contentWithoutACueNearbyIsNoStatement() {
        String text = "The plan would fail. It was late.";
        Parsed doc = Linguistics.shared().parse(text, null);
        assertEquals(List.of(), TagDecoder.decode(doc, tag(doc, 3, "The plan would fail")));
    }

    @Test
    void aNameTaggedAsContentRightAfterItsCueIsTheSource() {
        String text = "The plan would cost more than it saves, said Lily Batchelder.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = TagDecoder.decode(
                doc, tag(doc, 3, "The plan would cost more than it saves", 2, "said", 3, "Lily Batchelder"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Lily Batchelder", found.get(0).source().text());
        assertEquals("The plan would cost more than it saves", content(found.get(0)));
    }

    @Test
    void contentStoppingAtTheCuesObjectTakesTheClauseTheParserHungOnTheCue() {
        // The parser reads "suspect those losses" as verb and object, and hangs "were generated" on the
        // verb as a bare dependent.
        String text = "Many experts suspect those losses were generated in part by tax breaks.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = TagDecoder.decode(doc, tag(doc, 1, "Many experts", 2, "suspect", 3, "those losses"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("those losses were generated in part by tax breaks", content(found.get(0)));
        String plain = "Many experts suspect those losses in part.";
        Parsed plainDoc = Linguistics.shared().parse(plain, null);
        assertEquals(
                "those losses",
                content(TagDecoder.decode(plainDoc, tag(plainDoc, 1, "Many experts", 2, "suspect", 3, "those losses"))
                        .get(0)));
    }

    @Test
    void aRelativePronounTaggedAsContentBeforeItsCueIsTheSource() {
        String text = "It is a major issue, with Hillary Clinton \u2014 who has called for big tax hikes on the rich"
                + " \u2014 lambasting the plan.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found =
                TagDecoder.decode(doc, tag(doc, 3, "who", 2, "has called for", 3, "big tax hikes on the rich"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("who", found.get(0).source().text());
        assertEquals("big tax hikes on the rich", content(found.get(0)));
    }

    @Test
    void aNameAfterACueWithASourceBeforeItStaysContent() {
        String text = "The flight attendants' union endorses Hillary Clinton.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = TagDecoder.decode(
                doc, tag(doc, 1, "The flight attendants ' union", 2, "endorses", 3, "Hillary Clinton"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Hillary Clinton", content(found.get(0)));
        assertEquals("The flight attendants' union", found.get(0).source().text());
    }

    @Test
    void aClauseTaggedAsSourceBeforeACommaIsContent() {
        String text = "Middle earners paid 8.9 percent, the agency said in a June report.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found =
                TagDecoder.decode(doc, tag(doc, 1, "Middle earners paid 8.9 percent , the agency", 2, "said"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("the agency", found.get(0).source().text());
        assertEquals("Middle earners paid 8.9 percent", content(found.get(0)));
    }

    @Test
    void aSourceWithARelativeClauseStaysWhole() {
        String text = "Jon Tester, who chairs the panel, said the bank failed.";
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Statement> found = TagDecoder.decode(
                doc, tag(doc, 1, "Jon Tester , who chairs the panel", 2, "said", 3, "the bank failed"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Jon Tester, who chairs the panel", found.get(0).source().text());
    }

    @Test
    void aVerbOfSpeakingTheTaggerTookForContentStartsASecondStatement() {
        String text =
                "China said it was resolutely opposed to the test and warned North Korea to stop further actions.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Tag[] tags = tag(
                doc,
                1,
                "China",
                2,
                "said",
                3,
                "it was resolutely opposed to the test and warned North Korea to stop further actions");
        assertEquals(1, TagDecoder.decode(doc, tags).size());
        List<Statement> found = TagDecoder.decode(doc, tags, CueLexicon.standard(), false);
        assertEquals(2, found.size(), found::toString);
        assertEquals("it was resolutely opposed to the test", content(found.get(0)));
        assertEquals("warned", found.get(1).cue().text());
        assertEquals("North Korea to stop further actions", content(found.get(1)));
    }

    @Test
    void contentBetweenTwoCuesGoesToTheOneThatWouldHaveNone() {
        String text =
                "It came after Mr Tanaka told a forum in Perth on Monday that the collision happened in disputed waters,"
                        + " despite officials confirming the collision took place inside Australian waters.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Tag[] tags = tag(
                doc,
                1,
                "Mr Tanaka",
                2,
                "told",
                3,
                "that the collision happened in disputed waters ,",
                1,
                "officials",
                2,
                "confirming",
                3,
                "the collision took place inside Australian waters");
        List<Statement> found = TagDecoder.decode(doc, tags);
        assertEquals(2, found.size(), found::toString);
        assertEquals("told", found.get(0).cue().text());
        assertEquals("Mr Tanaka", found.get(0).source().text());
        assertEquals("that the collision happened in disputed waters,", content(found.get(0)));
        assertEquals("confirming", found.get(1).cue().text());
        assertEquals("the collision took place inside Australian waters", content(found.get(1)));
    }

    @Test
    void aSecondReportOpeningWithAQuestionWordIsAStatementOfItsOwn() {
        String text = "That sort of sharp difference between what Trump says his tax plan would do and how experts"
                + " say it would shape tax law has endured.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Tag[] tags = tag(
                doc,
                3,
                "what",
                1,
                "Trump",
                2,
                "says",
                3,
                "his tax plan would do and how experts say it would shape tax law");
        List<Statement> found = TagDecoder.decode(doc, tags, CueLexicon.standard(), false);
        assertEquals(2, found.size(), found::toString);
        assertEquals("what | his tax plan would do", content(found.get(0)));
        assertEquals("experts", found.get(1).source().text());
        assertEquals("say", found.get(1).cue().text());
        assertEquals("it would shape tax law", content(found.get(1)));
    }

    @Test
    void aVerbSeenTooRarelyAsACueDoesNotSplitContent() {
        String text = "Makokha said the officers acted with caution and observed the rules.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Tag[] tags = tag(doc, 1, "Makokha", 2, "said", 3, "the officers acted with caution and observed the rules");
        assertEquals(
                1, TagDecoder.decode(doc, tags, CueLexicon.standard(), false).size());
    }

    @Test
    void contentWithoutACueIsACueLessCandidateWhenAskedFor() {
        String text = "PENCE: Well, look. The American people have an enormously important choice to make.";
        Parsed doc = Linguistics.shared().parse(text, null);
        Tag[] tags = tag(doc, 3, "The American people have an enormously important choice to make");
        assertEquals(List.of(), TagDecoder.decode(doc, tags));
        List<Statement> found = TagDecoder.decode(doc, tags, CueLexicon.standard(), true);
        assertEquals(1, found.size(), found::toString);
        assertEquals(null, found.get(0).cue());
        assertEquals(null, found.get(0).source());
        assertEquals("The American people have an enormously important choice to make", content(found.get(0)));
        assertEquals(List.of(), TagDecoder.decode(doc, tag(doc, 3, "Well , look"), CueLexicon.standard(), true));
    }
}
