package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import org.whosaid.statement.Rules;

/**
 * The seed article, extracted and compared with its hand annotation (both in the project's examples)
 * by the reference check, ported to Java so that it runs on every checkout; where Python and the
 * shared {@code seedcheck.py} are present, the script must give the same figures.
 */
class SeedArticleTest {

    /**
     * What the seed article must reach as whosaid ships (the rules with the learned tagger): statements
     * found, extras allowed, speakers, titles, dates; every one, as the rules alone ({@link
     * #theRulesAloneFindEveryStatement}).
     */
    static final int STATEMENTS = 15;

    static final int EXTRAS = 0;
    static final int SPEAKERS = 15;
    static final int TITLES = 8;
    static final int DATES = 4;

    @TempDir
    static Path out;

    private static Path text;
    private static Path gold;
    private static Path json;
    private static Map<String, Integer> check;

    @BeforeAll
    static void extractAndCheck() throws IOException {
        Path examples = SharedData.examples();
        text = examples.resolve("flynn-immunity.txt");
        gold = examples.resolve("flynn-immunity.gold.json");
        String body = Files.readString(text, StandardCharsets.UTF_8);
        json = out.resolve("flynn-immunity.json");
        ResultJson.write(Whosaid.extract(Article.of("flynn-immunity", body, LocalDate.of(2017, 3, 31))), json);
        ObjectMapper mapper = new ObjectMapper();
        check = SeedCheck.check(mapper.readTree(gold.toFile()), mapper.readTree(json.toFile()), body);
        System.out.println("seed article: " + check);
    }

    @Test
    void findsTheStatementsWithFewExtras() {
        assertTrue(check.get("statements") >= STATEMENTS, check.toString());
        assertTrue(check.get("extras") <= EXTRAS, check.toString());
        assertEquals(0, check.get("bad_spans"), check.toString());
    }

    @Test
    void theRulesAloneFindEveryStatement() throws IOException {
        String body = Files.readString(text, StandardCharsets.UTF_8);
        Path rulesJson = out.resolve("flynn-immunity-rules.json");
        ResultJson.write(
                new Extractor(Linguistics.shared())
                        .extract(Article.of("flynn-immunity", body, LocalDate.of(2017, 3, 31))),
                rulesJson);
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> rules =
                SeedCheck.check(mapper.readTree(gold.toFile()), mapper.readTree(rulesJson.toFile()), body);
        assertEquals(15, rules.get("statements"), rules.toString());
        assertEquals(0, rules.get("extras"), rules.toString());
        assertEquals(15, rules.get("speakers"), rules.toString());
    }

    @Test
    void everyStatementNamesTheRulesThatMadeIt() throws IOException {
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertTrue(result.path("attributions").size() > 0);
        for (JsonNode a : result.path("attributions")) {
            assertFalse(a.path("rule").asText("").isBlank(), a.toString());
        }
    }

    @Test
    void aRuleSwitchedOffMakesNoStatement() throws IOException {
        String body = Files.readString(text, StandardCharsets.UTF_8);
        Extractor without = new Extractor(Linguistics.shared(), Rules.standard().without(List.of("reported-ccomp")));
        ArticleResult r = without.extract(Article.of("flynn-immunity", body, LocalDate.of(2017, 3, 31)));
        JsonNode all = new ObjectMapper().readTree(json.toFile());
        int before = 0;
        for (JsonNode a : all.path("attributions")) {
            before += a.path("rule").asText().startsWith("reported-ccomp") ? 1 : 0;
        }
        assertTrue(before > 0, "the seed article has clausal complements");
        assertTrue(r.attributions().stream().noneMatch(a -> a.rule().startsWith("reported-ccomp")));
    }

    @Test
    void speakersTitlesDates() {
        assertTrue(check.get("speakers") >= SPEAKERS, check.toString());
        assertTrue(check.get("titles") >= TITLES, check.toString());
        assertEquals(DATES, check.get("dates"), check.toString());
    }

    @Test
    void theReferenceScriptAgrees() throws IOException, InterruptedException {
        Path script = SharedData.require("tools/seedcheck.py");
        assumeTrue(python(), "skipped: python3 is not on the PATH");
        Process p = new ProcessBuilder(
                        "python3",
                        script.toString(),
                        gold.toString(),
                        json.toString(),
                        "--text",
                        text.toString(),
                        "--json")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<String> lines = output.lines().toList();
        JsonNode reference = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        Map<String, Integer> figures = new LinkedHashMap<>();
        reference
                .fields()
                .forEachRemaining(e -> figures.put(e.getKey(), e.getValue().asInt()));
        assertEquals(figures, check);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
