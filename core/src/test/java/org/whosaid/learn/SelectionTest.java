package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

class SelectionTest {

    private static final String TEXT = "Lopez said the plan would fail and the vote would be close.";

    private static Selection.Candidate candidate(String content, boolean learned) {
        return candidate(content, learned, learned ? LearnedStatements.RULE : "reported-ccomp");
    }

    private static Selection.Candidate candidate(String content, boolean learned, String rule) {
        int s = TEXT.indexOf(content);
        Statement st = new Statement(
                Kind.INDIRECT,
                Span.of(TEXT, 0, 5),
                Span.of(TEXT, 6, 10),
                List.of(Span.of(TEXT, s, s + content.length())),
                null,
                0,
                rule);
        return new Selection.Candidate(st, learned, Map.of());
    }

    @Test
    void theSurestCandidatesAreKeptNoneSharingWordsNoneBelowTheThreshold() {
        List<Selection.Candidate> c = List.of(
                candidate("the plan would fail and the vote would be close", false),
                candidate("the plan would fail", true),
                candidate("the vote would be close", true),
                candidate("would be close", true));
        // The tagger's two statements are surer than the rules' one that spans both; the last overlaps.
        List<Statement> kept = Selection.choose(c, new double[] {0.6, 0.7, 0.8, 0.9}, 0.3);
        assertEquals(
                List.of("the plan would fail", "would be close"),
                kept.stream().map(s -> s.content().get(0).text()).toList());
        assertEquals(List.of(), Selection.choose(c, new double[] {0.1, 0.2, 0.2, 0.1}, 0.3), "all below the threshold");
        // A tie goes to the candidate listed first: the rules'.
        assertEquals(
                "the plan would fail and the vote would be close",
                Selection.choose(c, new double[] {0.8, 0.8, 0.5, 0.5}, 0.3)
                        .get(0)
                        .content()
                        .get(0)
                        .text());
    }

    @Test
    void whatTheLayoutGivesStandsBelowTheThresholdWhereNothingSurerClaimsItsWords() {
        List<Selection.Candidate> c = List.of(
                candidate("the plan would fail", false, "label-line"),
                candidate("the vote would be close", false, "reported-ccomp"),
                candidate("would be close", true));
        List<Statement> kept = Selection.choose(c, new double[] {0.1, 0.1, 0.1}, 0.3);
        assertEquals(
                List.of("the plan would fail"),
                kept.stream().map(s -> s.content().get(0).text()).toList());
        Selection.Candidate surer = candidate("the plan would", true);
        kept = Selection.choose(List.of(c.get(0), surer), new double[] {0.1, 0.9}, 0.3);
        assertEquals(
                List.of("the plan would"),
                kept.stream().map(s -> s.content().get(0).text()).toList());
    }

    @Test
    void contentAgreementIsMeasuredByCharacters() {
        Statement a = candidate("the plan would fail", true).statement();
        Statement b = candidate("the plan would fail and the vote would be close", false)
                .statement();
        assertEquals(1.0, Selection.dice(a.content(), a.content()), 1e-12);
        int shorter = "the plan would fail".length();
        int longer = "the plan would fail and the vote would be close".length();
        assertEquals(2.0 * shorter / (shorter + longer), Selection.dice(a.content(), b.content()), 1e-12);
    }

    @Test
    void aStatementHoldsAnotherWhoseSourceCueAndContentLieInsideItsContent() {
        String text = "Sharpton took calls from listeners who said they had doubts about the plan.";
        Statement inner = statement(text, "who", "said", "they had doubts about the plan", "reported-ccomp");
        Statement outer = statement(
                text,
                "Sharpton",
                "took",
                "calls from listeners who said they had doubts about the plan",
                LearnedStatements.RULE);
        assertTrue(outer.holds(inner));
        assertFalse(inner.holds(outer));
        assertFalse(outer.holds(outer));
    }

    private static Statement statement(String text, String source, String cue, String content, String rule) {
        return new Statement(
                Kind.INDIRECT, span(text, source), span(text, cue), List.of(span(text, content)), null, 0, rule);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return Span.of(text, at, at + words.length());
    }
}
