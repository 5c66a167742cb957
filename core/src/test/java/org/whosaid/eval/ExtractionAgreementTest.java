package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;

/**
 * On whosaid's own predictions for a few PolNeAR dev articles, the port agrees with {@code score.py}
 * figure for figure, and scoring the results in memory gives the same figures as scoring their files.
 */
class ExtractionAgreementTest {

    @Test
    void agreesOnWhosaidPredictions(@TempDir Path tmp) throws Exception {
        Path dev = SharedData.polnearDev();
        ReferenceScorer.script();
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        List<Path> texts;
        try (Stream<Path> s = Files.list(dev.resolve("text"))) {
            texts = s.sorted().toList();
        }
        for (int i = 0; i < texts.size(); i += texts.size() / 5) {
            String name = GoldCorpus.stem(texts.get(i), ".txt");
            Files.copy(texts.get(i), gold.resolve("text/" + name + ".txt"));
            try (Stream<Path> anns = Files.list(dev.resolve("attributions"))) {
                for (Path ann : anns.filter(a -> a.getFileName().toString().startsWith(name + "_"))
                        .toList()) {
                    Files.copy(ann, gold.resolve("attributions/" + ann.getFileName()));
                }
            }
        }
        GoldCorpus corpus = GoldCorpus.load(gold);
        assertTrue(corpus.articles().size() >= 5);

        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Map<String, ArticleResult> results = new LinkedHashMap<>();
        for (ScoredArticle a : corpus.articles().values()) {
            ArticleResult r = Whosaid.extract(Article.of(a.name(), a.text().string(), null));
            results.put(a.name(), r);
            ResultJson.write(r, pred.resolve(a.name() + ".json"));
        }
        Scores fromFiles = ScorePyAgreementTest.assertAgreement(gold, pred);
        assertTrue(fromFiles.counts().predAttributions() > 0, "whosaid found statements");
        assertEquals(0, fromFiles.predStats().textMismatch(), "every span text matches the article");
        assertEquals(fromFiles, Scorer.score(corpus, Predictions.of(results, corpus)));
    }
}
