package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.statement.Rules;

class CueSpeakersTest {

    private static CueSpeakers.Mention speakerOf(Sample s, String cue) {
        return new CueSpeakers(s.doc(), new QuoteScanner().scan(s.doc().text()), Rules.standard())
                .speakerOf(s.token(cue, 0));
    }

    @Test
    void aCueThatIsNoVerbTakesTheSubjectOfItsClause() {
        Sample s = Sample.of(
                "The senators bristled on Friday at the continued questions about the legitimacy of the vote.", null);
        CueSpeakers.Mention m = speakerOf(s, "questions");
        assertNotNull(m);
        assertEquals("The senators", m.span().text());
        assertEquals("clause-subject", m.rule());
    }

    @Test
    void thePassiveSubjectOfTheClauseIsNoSpeaker() {
        Sample s = Sample.of("The plan was attacked on Monday with questions about its cost.", null);
        assertNull(speakerOf(s, "questions"));
    }

    @Test
    void aMentionInsideWhatWasSaidIsNoSpeakerSoTheNextRuleLooks() {
        Sample s = Sample.of(
                "The party has backtracked on its plan, claiming it cannot commit to spending figures.", null);
        int cue = s.token("claiming", 0);
        CueSpeakers speakers =
                new CueSpeakers(s.doc(), new QuoteScanner().scan(s.doc().text()), Rules.standard());
        CueSpeakers.Mention m =
                speakers.speakerOf(cue, java.util.List.of(s.span("it cannot commit to spending figures")));
        assertNotNull(m);
        assertEquals("The party", m.span().text());
    }
}
