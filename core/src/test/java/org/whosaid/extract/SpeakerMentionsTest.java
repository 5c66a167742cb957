package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Rules;

class SpeakerMentionsTest {

    private static SpeakerMentions.Found speakerOf(Parsed doc, String cue) {
        Dependencies deps = new Dependencies(doc, new QuoteScanner().scan(doc.text()));
        return new SpeakerMentions(deps, Rules.standard()).speakerOf(Rehung.index(doc, cue));
    }

    @Test
    void aParticipleHungOnANameIsThatNamesWords() {
        String text = "Governor Anne Smith, despite admitting that the budget was late, promised a vote in May.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "admitting", "Smith", "acl");
        SpeakerMentions.Found found = speakerOf(doc, "admitting");
        assertNotNull(found);
        assertEquals("participle-of-name", found.rule());
        int[] m = found.tokens();
        assertEquals(
                "Governor Anne Smith",
                text.substring(
                        doc.tokens().get(m[0]).start(),
                        doc.tokens().get(m[1] - 1).end()));
    }

    @Test
    void aParticipleHungOnAReportedClauseIsTheReporters() {
        String text =
                "The minister said the report is \u201cclear and fair\u201d, adding that nobody would lose their job.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "adding", "fair", "dep");
        SpeakerMentions.Found found = speakerOf(doc, "adding");
        assertNotNull(found);
        assertEquals("participle-reporter", found.rule());
        int[] m = found.tokens();
        assertEquals(
                "The minister",
                text.substring(
                        doc.tokens().get(m[0]).start(),
                        doc.tokens().get(m[1] - 1).end()));
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
}
