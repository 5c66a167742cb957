package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.SharedData;
import org.whosaid.article.Article;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Span;

/** Every span the extractor writes for a PolNeAR dev article covers exactly the text it repeats. */
class PolnearSpansTest {

    @Test
    void everySpanMatchesTheArticleText() throws IOException {
        Path texts = SharedData.polnearDev().resolve("text");
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Extractor extractor = new Extractor(Linguistics.shared());
        List<String> wrong = new ArrayList<>();
        int spans = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            ArticleResult r = extractor.extract(Article.of(f.getFileName().toString(), text, null));
            for (Span s : r.spans()) {
                spans++;
                if (!s.matches(text)) {
                    wrong.add(f.getFileName() + " " + s);
                }
            }
        }
        assertTrue(spans > 1000, "the dev articles yield spans: " + spans);
        assertEquals(List.of(), wrong);
    }
}
