package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.whosaid.SharedData;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;

class ConfidenceTest {

    @Test
    void everyStatementCarriesAConfidenceAndANamedQuotationIsSure() throws IOException {
        String text = Files.readString(SharedData.examples().resolve("flynn-immunity.txt"), StandardCharsets.UTF_8);
        ArticleResult r = Whosaid.extract(Article.of("flynn-immunity", text, LocalDate.of(2017, 3, 31)));
        assertFalse(r.attributions().isEmpty());
        for (Attribution a : r.attributions()) {
            assertNotNull(a.confidence(), a.toString());
            assertTrue(a.confidence() >= 0 && a.confidence() <= 1, a.toString());
        }
        // A quotation with its speaker named beside a sure cue is right nearly always.
        ArticleResult plain = Whosaid.extract(Article.of(
                "plain",
                "\"We will not raise taxes this year,\" Governor Maria Lopez said on Monday.\n\n"
                        + "Taxes are expected to rise, according to analysts who declined to be named.\n",
                null));
        Attribution quote = plain.attributions().get(0);
        assertTrue(quote.content().get(0).text().startsWith("\"We will"), plain.toString());
        assertTrue(quote.confidence() >= 0.8, quote.toString());
    }

    @Test
    void theShippedModelSaysWhatItWasLearnedFrom() {
        ConfidenceModel m = LearnedModels.shipped().confidence();
        assertNotNull(m, "the confidence model ships with whosaid");
        assertTrue(
                m.notes().stream().anyMatch(n -> n.contains("PolNeAR") && n.contains("LREC 2018")),
                m.notes()::toString);
        assertTrue(m.notes().stream().anyMatch(n -> n.startsWith("made by: whosaid train")), m.notes()::toString);
    }
}
