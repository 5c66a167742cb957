package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.article.Article;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ResultJson;

/**
 * The seed article, extracted and compared with its hand annotation by the reference check
 * ({@code seedcheck.py}); skipped where python3 or the script is absent.
 */
class SeedArticleTest {

    /** What the seed article must reach: statements found, extras allowed, people, titles, dates. */
    static final int STATEMENTS = 14;

    static final int EXTRAS = 2;
    static final int SPEAKERS = 14;
    static final int TITLES = 6;
    static final int DATES = 4;

    @TempDir
    static Path out;

    private static JsonNode check;

    @BeforeAll
    static void extractAndCheck() throws IOException, InterruptedException {
        Path script = SharedData.require("tools/seedcheck.py");
        assumeTrue(python(), "skipped: python3 is not on the PATH");
        Path examples = SharedData.examples();
        Path text = examples.resolve("flynn-immunity.txt");
        String body = Files.readString(text, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(Linguistics.shared());
        Path json = out.resolve("flynn-immunity.json");
        ResultJson.write(extractor.extract(Article.of("flynn-immunity", body, LocalDate.of(2017, 3, 31))), json);
        Process p = new ProcessBuilder(
                        "python3",
                        script.toString(),
                        examples.resolve("flynn-immunity.gold.json").toString(),
                        json.toString(),
                        "--text",
                        text.toString(),
                        "--json")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<String> lines = output.lines().toList();
        System.out.println(output);
        check = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void findsTheStatementsWithFewExtras() {
        assertTrue(check.get("statements").asInt() >= STATEMENTS, check.toString());
        assertTrue(check.get("extras").asInt() <= EXTRAS, check.toString());
        assertEquals(0, check.get("bad_spans").asInt(), check.toString());
    }

    @Test
    @Tag("seed-speakers")
    void speakersTitlesDates() {
        assertTrue(check.get("speakers").asInt() >= SPEAKERS, check.toString());
        assertTrue(check.get("titles").asInt() >= TITLES, check.toString());
        assertEquals(DATES, check.get("dates").asInt(), check.toString());
    }
}
