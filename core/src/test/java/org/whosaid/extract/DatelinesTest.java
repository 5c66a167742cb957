package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WASHINGTON (Reuters) - ",
                "KUALA LUMPUR (The Star/ANN): ",
                "LONDON, March 3 (AFP) \u2013 ",
                "NEW DELHI \u2014 ",
                "ST. JOHN'S, Nfld. -- "
            })
    void findsTheDatelineThatOpensAStory(String dateline) {
        String text = dateline + "The minister said the plan would go ahead.";
        assertEquals(dateline.length(), Datelines.end(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WALLACE: Let us start with the debate.",
                "Officials said the plan would go ahead.",
                "The minister (a former banker) - and her deputy - spoke.",
                "NATO allies met on Friday."
            })
    void anythingElseIsNoDateline(String text) {
        assertEquals(0, Datelines.end(text));
    }

    @Test
    void whatLiesInTheDatelineIsNotWhatWasSaid() {
        String text = "SINGAPORE (The Wire/ANN): Experts have called for a review, officials said.";
        Span dateline = Span.of(text, 0, text.indexOf(':'));
        Span review = Span.of(text, text.indexOf("Experts"), text.indexOf(", officials"));
        Span cue = Span.of(text, text.indexOf("said"), text.indexOf("said") + 4);
        Statement both = new Statement(Kind.INDIRECT, null, cue, List.of(dateline, review), null, 0, "reported");
        Statement only = new Statement(Kind.INDIRECT, null, cue, List.of(dateline), null, 0, "reported");
        List<Statement> kept = Datelines.trim(text, List.of(both, only));
        assertEquals(1, kept.size());
        assertEquals(List.of(review), kept.get(0).content());
    }
}
