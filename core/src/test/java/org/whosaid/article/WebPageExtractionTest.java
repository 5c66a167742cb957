package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.Whosaid;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.ResultJson;
import org.whosaid.result.Span;

/** The seed article read from its web page gives the same statements as read from its plain text. */
class WebPageExtractionTest {

    private static ArticleResult fromPage;
    private static ArticleResult fromText;

    @TempDir
    Path dir;

    @BeforeAll
    static void extract() throws Exception {
        Article page = HtmlReaderTest.readExample();
        String text = Files.readString(SharedData.examples().resolve("flynn-immunity.txt"));
        fromPage = Whosaid.extract(page);
        fromText = Whosaid.extract(Article.of("flynn-immunity", text, LocalDate.of(2017, 3, 31)));
    }

    @Test
    void thePageGivesTheSameStatementsAndSpeakersAsThePlainText() {
        assertEquals(fromText.attributions().size(), fromPage.attributions().size());
        for (int i = 0; i < fromText.attributions().size(); i++) {
            Attribution t = fromText.attributions().get(i);
            Attribution p = fromPage.attributions().get(i);
            assertEquals(texts(t.content()), texts(p.content()), "statement " + (i + 1));
            assertEquals(t.speakerName(), p.speakerName(), "speaker of statement " + (i + 1));
            assertEquals(t.kind(), p.kind(), "kind of statement " + (i + 1));
        }
    }

    @Test
    void everyStatementLiesInABodyParagraph() throws Exception {
        String text = fromPage.text();
        List<int[]> paragraphs = new ArrayList<>();
        for (String p : HtmlReaderTest.seedParagraphs()) {
            int at = text.indexOf(p);
            assertTrue(at >= 0, "paragraph missing: " + p);
            paragraphs.add(new int[] {at, at + p.length()});
        }
        assertFalse(fromPage.attributions().isEmpty());
        for (Attribution a : fromPage.attributions()) {
            for (Span s : a.content()) {
                assertEquals(s.text(), text.substring(s.start(), s.end()));
                assertTrue(
                        paragraphs.stream().anyMatch(r -> r[0] <= s.start() && s.end() <= r[1]),
                        "statement outside the body: " + s.text());
                for (String furniture : HtmlReaderTest.BOILERPLATE) {
                    assertFalse(s.text().contains(furniture), "statement from furniture: " + s.text());
                }
            }
        }
    }

    @Test
    void theSeedCheckScoresThePageAsThePlainText() throws Exception {
        Path script = SharedData.require("tools/seedcheck.py");
        Path gold = SharedData.examples().resolve("flynn-immunity.gold.json");
        Path page = dir.resolve("page.json");
        Path text = dir.resolve("text.json");
        ResultJson.write(fromPage, page);
        ResultJson.write(fromText, text);
        String pageScore = seedcheck(script, gold, page);
        String textScore = seedcheck(script, gold, text);
        assertTrue(pageScore.startsWith("statements "), pageScore);
        assertTrue(pageScore.endsWith("bad spans 0"), pageScore);
        assertEquals(textScore, pageScore);
    }

    private static String seedcheck(Path script, Path gold, Path result) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), gold.toString(), result.toString(), "--by-text")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 is not available (" + e.getMessage() + ")");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }
}
