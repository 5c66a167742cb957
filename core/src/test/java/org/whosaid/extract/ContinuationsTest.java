package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
