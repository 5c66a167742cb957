package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class JudgedForTest {

    private static List<Statement> find(String text) {
        Parsed doc = Linguistics.shared().parse(text, null);
        Dependencies deps = new Dependencies(doc, new QuoteScanner().scan(text));
        List<Statement> found = new JudgedFor().find(deps, CueLexicon.standard());
        for (Statement s : found) {
            for (Span c : s.content()) {
                assertTrue(c.matches(text), "content offsets match the text");
            }
        }
        return found;
    }

    @Test
    void criticismFacedIsForWhatWasDoneAndComesFromNoOneNamed() {
        List<Statement> found = find("The mayor has faced sharp criticism for closing the library.");
        assertEquals(1, found.size(), found::toString);
        Statement s = found.get(0);
        assertEquals("faced sharp criticism for", s.cue().text());
        assertEquals("closing the library", s.content().get(0).text());
        assertNull(s.source(), "the mayor was judged, and judged nobody");
    }

    @Test
    void whoJudgedIsWhomItCameFrom() {
        List<Statement> found = find("The plan drew praise from unions for its focus on wages.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("unions", found.get(0).source().text());
        assertEquals("its focus on wages", found.get(0).content().get(0).text());
    }

    @Test
    void whatIsNoJudgementIsNoStatement() {
        assertEquals(List.of(), find("The mayor faced a lawsuit for closing the library."));
        assertEquals(List.of(), find("The mayor has faced sharp criticism since May."));
    }
}
