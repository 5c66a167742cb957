package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

class StateOfMindTest {

    private static List<Statement> find(String text) {
        Parsed doc = Linguistics.shared().parse(text, null);
        List<Quotation> quotes = new QuoteScanner().scan(text);
        Draft draft = new Draft(new Dependencies(doc, quotes), quotes, CueLexicon.standard(), Rules.standard());
        List<Statement> found = new StateOfMind().find(draft);
        for (Statement s : found) {
            assertTrue(s.cue().matches(text), "cue offsets match the text");
            for (Span c : s.content()) {
                assertTrue(c.matches(text), "content offsets match the text");
            }
        }
        return found;
    }

    @Test
    void anAttitudeWithAThatClauseIsHeldByItsSubject() {
        List<Statement> found = find("Many Democrats are afraid that turnout will be low in November.");
        assertEquals(1, found.size(), found::toString);
        Statement s = found.get(0);
        assertEquals("Many Democrats", s.source().text());
        assertEquals("are afraid", s.cue().text());
        assertEquals("that turnout will be low in November", s.content().get(0).text());
    }

    @Test
    void theCueRunsFromTheFirstAuxiliary() {
        List<Statement> found = find("Her allies have long been confident that the plan would pass.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("have long been confident", found.get(0).cue().text());
        assertEquals("Her allies", found.get(0).source().text());
    }

    @Test
    void aResultOrAnImpersonalViewIsNoStatement() {
        assertEquals(List.of(), find("The rain was so heavy that the match was called off."));
        assertEquals(List.of(), find("It is clear that the council will vote again."));
        assertEquals(List.of(), find("\"I am sure that we will win,\" she said."));
    }
}
