package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    @Test
    void readsCountsAndGivesReliability() throws IOException {
        CueLexicon l = CueLexicon.read(
                new ByteArrayInputStream("# comment\nsaid\t90\t100\nthe\t3\t3000\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.9, l.reliability("Said"), 1e-9);
        assertEquals(0.001, l.reliability("the"), 1e-9);
        assertEquals(0, l.reliability("unknown"));
        assertEquals(90, l.cueCount("said"));
    }

    @Test
    void theShippedLexiconRanksSpeechVerbsAboveOrdinaryWords() {
        CueLexicon l = CueLexicon.standard();
        assertTrue(l.reliability("said") > 0.8);
        assertTrue(l.reliability("according") > 0.8);
        assertTrue(l.reliability("tweeted") > 0.5);
        assertTrue(l.reliability("the") < 0.05);
    }

    @Test
    void aFormSeenAFewTimesIsLessSureThanItsShareSays() throws IOException {
        CueLexicon l = CueLexicon.read(
                new ByteArrayInputStream("told\t400\t500\nconfirming\t3\t3\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(l.reliability("confirming") > l.reliability("told"));
        assertTrue(l.tempered("confirming") < l.tempered("told"));
        assertEquals(400.0 / 502, l.tempered("told"), 1e-9);
        assertEquals(0, l.tempered("unknown"));
    }
}
