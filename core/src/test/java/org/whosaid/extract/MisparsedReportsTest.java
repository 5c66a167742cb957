package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/** Reports whose sentence the parser gets wrong in ways it often does: each still gives its statement. */
class MisparsedReportsTest {

    private static List<Statement> find(Parsed doc) {
        List<Statement> found = new Statements().find(doc);
        for (Statement s : found) {
            for (Span c : s.content()) {
                assertTrue(c.matches(doc.text()), "content offsets match the text");
            }
        }
        return found;
    }

    private static String content(Statement s) {
        return String.join(" | ", s.content().stream().map(Span::text).toList());
    }

    @Test
    void aVerbOfSpeakingTakenForAnAuxiliaryGovernsItsClause() {
        String text = "Although she was the top student, high school administrators decided she should share the"
                + " honor with two others.";
        Parsed doc = Rehung.root(Linguistics.shared().parse(text, null), "share");
        doc = Rehung.rehung(doc, "decided", "share", "aux");
        Statement s = Sample.byCue(find(doc), "decided");
        assertEquals("she should share the honor with two others", content(s));
        assertEquals("high school administrators", s.source().text());
        assertEquals("reported-misread-auxiliary", s.rule().split("\\+")[0]);
    }

    @Test
    void aRealAuxiliaryIsNoCue() {
        String text = "The officials would say nothing, and the mayor has said she will go.";
        List<Statement> found = find(Linguistics.shared().parse(text, null));
        assertTrue(
                found.stream().noneMatch(s -> s.cue() != null && s.cue().text().equals("has")), found::toString);
    }

    @Test
    void aCueParsedAsTheSubjectOfACopulaTellsWhatFollows() {
        String text = "He proposed dropping the tax as promised, but analysts agreed it was still a top-heavy plan.";
        Parsed doc = Rehung.rehung(Linguistics.shared().parse(text, null), "agreed", "plan", "csubj");
        List<Statement> found = find(doc);
        Statement agreed = Sample.byCue(found, "agreed");
        assertEquals("it was still a top-heavy plan", content(agreed));
        assertEquals("analysts", agreed.source().text());
        // The clause after ", but" goes on from the sentence; it is not what "proposed" said.
        assertTrue(found.stream().noneMatch(s -> content(s).contains("analysts agreed")), found::toString);
    }

    @Test
    void whatWasSaidEndsBeforeThePredicateOfTheSentenceAroundIt() {
        String text = "The gap between what he says his plan would do and how experts say it would shape tax law"
                + " has endured throughout the campaign.";
        Parsed doc = Linguistics.shared().parse(text, null);
        doc = Rehung.rehung(doc, "endured", "shape", "dep");
        Statement say = Sample.byCue(find(doc), "say");
        assertEquals("it would shape tax law", content(say));
    }

    @Test
    void aPredicateSetOffByADashFromTheCueIsNotWhatWasSaid() {
        String text = "But Trump \u2014 even as he says his experience makes him uniquely qualified to rewrite the"
                + " code \u2014 has proposed little reform.";
        Parsed doc = Rehung.root(Linguistics.shared().parse(text, null), "says");
        doc = Rehung.rehung(doc, "proposed", "says", "dep");
        doc = Rehung.rehung(doc, "Trump", "says", "dep");
        doc = Rehung.rehung(doc, "But", "says", "cc");
        Dependencies deps = new Dependencies(doc);
        int says = Rehung.index(doc, "says");
        int has = Rehung.index(doc, "has");
        int end = Rehung.index(doc, ".");
        assertEquals(has, StrayPredicates.end(deps, says, says + 1, end));
        // Hung on the cue without a mark between, the verb is the reported clause's own ("believe the man
        // was killed").
        assertEquals(has - 1, StrayPredicates.end(deps, says, says + 1, has - 1));
    }
}
