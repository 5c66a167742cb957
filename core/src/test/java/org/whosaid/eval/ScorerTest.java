package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

    @Test
    void scoresHandMadePredictions(@TempDir Path tmp) throws Exception {
        GoldCorpus gold = GoldCorpus.load(GoldCorpusTest.corpus(tmp.resolve("gold")));
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        String text = GoldCorpusTest.TEXT;
        // 1: the quote with the right source; 2: most of the second content, a source where gold has none;
        // 3: a spurious one
        Files.writeString(
                pred.resolve("a.json"),
                "{\"attributions\": ["
                        + "{\"source\": " + span(text, "Smith") + ", \"cue\": " + span(text, "said")
                        + ", \"content\": ["
                        + span(text, "\"We will win,\"") + "," + span(text, "taxes would rise") + "]},"
                        + "{\"source\": " + span(text, "Nobody") + ", \"cue\": null, \"content\": "
                        + span(text, "that taxes would rise.") + "},"
                        + "{\"source\": null, \"cue\": null, \"content\": [" + span(text, "why") + "]}]}");
        Files.writeString(pred.resolve("b.json"), "{\"attributions\": []}");
        Scores s = Scorer.score(gold, Predictions.read(pred, gold));

        assertEquals(new Scores.Counts(2, 2, 3, 1, 1), s.counts());
        assertEquals(Prf.of(2, 3, 2, 2), s.contentMatched());
        assertEquals(Prf.of(1, 3, 1, 2), s.attributed());
        assertEquals(Prf.of(1, 1, 1, 1), s.dqAttributed());
        // exact: cue {said} vs {said, adding}; source {Smith, Nobody} vs {Smith}
        assertEquals(Prf.of(1, 1, 1, 2), s.exact().get(Role.CUE));
        assertEquals(Prf.of(1, 2, 1, 1), s.exact().get(Role.SOURCE));
        assertEquals(Prf.of(1, 3, 1, 2), s.exact().get(Role.CONTENT));
        // content tokens: gold 5 (quote) + 3 + 1 (taxes would rise) + 2 + 1 (rise . Nobody) ...
        Prf content = s.token().get(Role.CONTENT);
        assertEquals(content.tpPred(), content.nPred() - 1, "only 'why' is predicted outside the gold content");
        assertEquals(new PredStats(0, 0, 0, 0, 0, 0), s.predStats());
    }

    private static String span(String text, String words) {
        int s = text.indexOf(words);
        return "{\"start\": " + s + ", \"end\": " + (s + words.length()) + "}";
    }
}
