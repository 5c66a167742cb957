package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.speaker.Cast;
import org.whosaid.speaker.SpeakerResolver;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

class SpeakerMentionsTest {

    private static String words(Parsed doc, SpeakerMentions.Found found) {
        int[] m = found.tokens();
        return doc.text()
                .substring(
                        doc.tokens().get(m[0]).start(),
                        doc.tokens().get(m[1] - 1).end());
    }

    private static SpeakerMentions.Found speakerOf(Parsed doc, String cue) {
        Dependencies deps = new Dependencies(doc, new QuoteScanner().scan(doc.text()));
        return new SpeakerMentions(deps, Rules.standard()).speakerOf(Rehung.index(doc, cue));
    }

    /** Asserts that the mention rule named finds the speaker of the cue, and the mention's words. */
    private static void assertMention(Parsed doc, String cue, String rule, String mention) {
        SpeakerMentions.Found found = speakerOf(doc, cue);
        assertNotNull(found);
        assertEquals(rule, found.rule());
        assertEquals(mention, words(doc, found));
    }

    @Test
    void aParticipleHungOnANameIsThatNamesWords() {
        String text = "Governor Anne Smith, despite admitting that the budget was late, promised a vote in May.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "admitting", "Smith", "acl");
        assertMention(doc, "admitting", "participle-of-name", "Governor Anne Smith");
    }

    @Test
    void aParticipleHungOnAReportedClauseIsTheReporters() {
        String text =
                "The minister said the report is \u201cclear and fair\u201d, adding that nobody would lose their job.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "adding", "fair", "dep");
        assertMention(doc, "adding", "participle-reporter", "The minister");
    }

    @Test
    void aFiniteVerbJoinedToOneUnderAModalIsTheReportersToo() {
        String text = "The prime minister said that the party would declare its intention by March and suggested"
                + " that it would quit the single market.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "suggested", "declare", "conj");
        assertMention(doc, "suggested", "joined-report", "The prime minister");
    }

    @Test
    void whoFacesCriticismIsNotWhoCriticises() {
        Parsed doc = Linguistics.shared()
                .parse(
                        "The mayor has faced sharp criticism for closing the library. The mayor expressed support"
                                + " for the plan.",
                        null);
        assertEquals(null, speakerOf(doc, "criticism"));
        SpeakerMentions.Found support = speakerOf(doc, "support");
        assertNotNull(support);
        assertEquals("clause-subject", support.rule());
    }

    /** The sentence as the parser sometimes reads it: its subject run into the opening phrase, as conjuncts of "Chen". */
    private static Parsed openingRunOn() {
        String text = "During a meeting with Mr Chen, opposition leader Anna Kowalski and her deputy, Marek Nowak,"
                + " rebuked the envoy and told him that the talks had failed.";
        Parsed doc = Linguistics.shared().parse(text, null);
        doc = Rehung.rehung(doc, "Kowalski", "Chen", "conj");
        return Rehung.rehung(doc, "deputy", "Chen", "conj");
    }

    @Test
    void aSubjectRunIntoTheOpeningPhraseIsTheWordsAfterItsComma() {
        Parsed doc = openingRunOn();
        assertMention(doc, "told", "subject-in-opening", "opposition leader Anna Kowalski and her deputy, Marek Nowak");
    }

    @Test
    void theConjunctsOfARunOnSubjectSpeakTogether() {
        Parsed doc = openingRunOn();
        List<Statement> found = new Statements().find(doc);
        Cast cast = new SpeakerResolver().resolve(doc, found);
        Statement told = Sample.byCue(cast.statements(), "told");
        assertEquals(
                List.of("Anna Kowalski", "Marek Nowak"),
                told.speakers().stream().map(w -> cast.entities().get(w).name()).toList());
    }

    @Test
    void aSubjectOfItsOwnIsNoRunOn() {
        Parsed doc = Linguistics.shared()
                .parse("During the debate, the mayor rebuked the council and told it that the vote was void.", null);
        SpeakerMentions.Found found = speakerOf(doc, "told");
        assertNotNull(found);
        assertEquals("subject", found.rule());
    }
}
