package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class ContinuationsTest {

    /** A statement whose content runs on into the quotation after its cue sentence, as a tagger gives it. */
    private static Statement runningOn(Sample s, String source, String first, String next) {
        Statement one = s.statement(source, "said", first);
        return one.withContent(List.of(one.content().get(0), s.span(next)));
    }

    private static List<Statement> utterances(Sample s, Statement running) {
        return new Continuations()
                .utterances(s.doc(), new QuoteScanner().scan(s.doc().text()), List.of(running), x -> true);
    }

    @Test
    void aQuotationAfterAStatementThatQuotesAClauseIsTheNextUtterance() {
        Sample s = Sample.of(
                "The committee \"had a preliminary conversation with his lawyer about a hearing,\" spokesman Jack "
                        + "Langer said. \"The discussions did not include immunity or other conditions.\"",
                null);
        List<Statement> out = utterances(
                s,
                runningOn(
                        s,
                        "spokesman Jack Langer",
                        "The committee \"had a preliminary conversation with his lawyer about a hearing,\"",
                        "\"The discussions did not include immunity or other conditions.\""));
        assertEquals(2, out.size(), out::toString);
        assertEquals(1, out.get(0).content().size());
        assertEquals("spokesman Jack Langer", out.get(0).source().text());
        assertNull(out.get(1).cue());
        assertEquals(
                List.of("\"The discussions did not include immunity or other conditions.\""),
                out.get(1).content().stream().map(Span::text).toList());
    }

    @Test
    void aQuotationItsCueOnlyInterruptsStaysOneStatement() {
        Sample s = Sample.of(
                "\"We will win this race,\" Maria Lopez said. \"The voters know what is at stake this time.\"", null);
        Statement running = runningOn(
                s, "Maria Lopez", "\"We will win this race,\"", "\"The voters know what is at stake this time.\"");
        List<Statement> out = utterances(s, running);
        assertEquals(List.of(running), out);
    }

    @Test
    void quotationsTheRulesHeldGoOnFromTheStatementChosenInstead() {
        Sample s = Sample.of(
                "\u201cI just do not know how the fans do it,\u201d said Moyo after the match.\n\n"
                        + "\u201cThe way they turn up every week means the world to us as a team.\n\n"
                        + "\u201cWe hope we made them proud today.\u201d\n\nThe next match is in Durban.",
                null);
        List<Quotation> quotes = new QuoteScanner().scan(s.doc().text());
        Statement chosen = s.statement(null, "said", "\u201cI just do not know how the fans do it,\u201d")
                .withSource(s.span("Moyo"), "object-after-cue");
        Statement held = chosen.withContent(List.of(
                chosen.content().get(0),
                s.span("\u201cThe way they turn up every week means the world to us as a team.")));
        Continuations rule = new Continuations();
        List<Statement> out = rule.resume(s.doc(), quotes, List.of(held), List.of(chosen));
        String said = String.join(
                " ",
                out.stream().flatMap(x -> x.content().stream()).map(Span::text).toList());
        assertTrue(said.contains("The way they turn up"), out::toString);
        assertEquals("Moyo", out.get(0).source().text());
        // Nothing the rules held is left over: the chosen statements stay as they are.
        assertEquals(List.of(chosen), rule.resume(s.doc(), quotes, List.of(chosen), List.of(chosen)));
    }
}
