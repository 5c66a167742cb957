package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.result.Span;

class PronounsTest {

    private static String resolve(Sample s, String pronoun, int nth, List<Span> ignore) {
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        int who = new Pronouns().resolve(s.doc(), c, s.token(pronoun, nth), ignore, java.util.Map.of());
        return who < 0 ? null : c.clusters().get(who).name();
    }

    @Test
    void hePrefersTheLastSubjectThatAgrees() {
        Sample s = Sample.of("Hillary Clinton met John Kerry on Monday. Later he said the talks went well.", null);
        assertEquals("John Kerry", resolve(s, "he", 0, List.of()));
        Sample t = Sample.of(
                "Mr Trump weighed in on Friday, tweeting that Flynn should ask for immunity. "
                        + "It was unclear whether he was advising the department.",
                null);
        assertEquals("Trump", resolve(t, "he", 0, List.of()));
    }

    @Test
    void sheFindsTheWoman() {
        Sample s = Sample.of("Hillary Clinton met John Kerry on Monday. She said the talks went well.", null);
        assertEquals("Hillary Clinton", resolve(s, "She", 0, List.of()));
    }

    @Test
    void namesInsideTheQuoteAreNotTheSpeaker() {
        Sample s = Sample.of("Robert Kelner spoke first. \"General Flynn has a story to tell,\" he said.", null);
        Span quote = s.span("\"General Flynn has a story to tell,\"");
        assertEquals("Robert Kelner", resolve(s, "he", 0, List.of(quote)));
    }

    @Test
    void itNeedsAnOrganisationAsSubject() {
        Sample s = Sample.of("Microsoft bought the company from John Smith. It said the deal closed.", null);
        assertEquals("Microsoft", resolve(s, "It", 0, List.of()));
    }
}
