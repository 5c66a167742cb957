package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String TEXT = "Smith said: \"We will win.\"\n";

    @TempDir
    Path dir;

    private Path gold;

    private static String range(String words) {
        int s = TEXT.indexOf(words);
        return s + " " + (s + words.length());
    }

    private static String span(String words) {
        int s = TEXT.indexOf(words);
        return "{\"start\": " + s + ", \"end\": " + (s + words.length()) + "}";
    }

    @BeforeEach
    void goldFolder() throws IOException {
        gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/a.txt"), TEXT);
        Files.writeString(
                gold.resolve("attributions/a_1.ann"),
                String.join(
                        "\n",
                        "T1\tSource " + range("Smith") + "\tSmith",
                        "T2\tCue " + range("said") + "\tsaid",
                        "T3\tContent " + range("\"We will win.\"") + "\t\"We will win.\"",
                        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                        ""));
    }

    @Test
    void scoresPredictionsAsATableAndAsJson() throws IOException {
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(
                pred.resolve("a.json"),
                "{\"attributions\": [{\"source\": " + span("Smith") + ", \"cue\": null, \"content\": ["
                        + span("\"We will win.\"") + "], \"confidence\": 0.75},"
                        + " {\"source\": null, \"cue\": null, \"content\": [" + span("Smith said") + "]}]}");

        CliRun table = CliRun.run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("cue       P 0.000  R 0.000  F1 0.000"), table.out());
        assertTrue(
                table.out()
                        .contains("  attributed (+source overlap)  P 0.500  R 1.000  F1 0.667   [pred 1/2, gold 1/1]"),
                table.out());
        assertFalse(table.out().contains("throughput"), "nothing was extracted");
        // The right statement says 0.75: one statement in the 0.7-0.8 bin, a gap of 0.25.
        assertTrue(
                table.out()
                        .contains(
                                "calibration (right = attributed): ECE 0.250 over 1 statements; 1 without confidence"),
                table.out());
        assertTrue(table.out().contains("  0.7-0.8              1            0.750  1.000"), table.out());

        CliRun json = CliRun.run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(1.0, report.at("/roles/source/exact/f1").asDouble());
        assertEquals(1, report.at("/counts/gold_direct_quote").asInt());
        assertEquals(0.25, report.at("/calibration/ece").asDouble(), 1e-12);
        assertEquals(1, report.at("/calibration/bins/7/count").asInt());
    }

    @Test
    void extractsAndScores() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("eval", "--gold", gold.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pred: " + out.toAbsolutePath()), r.out());
        assertFalse(r.out().contains("throughput"), "speed is measured by the benchmarks");
        assertTrue(Files.exists(out.resolve("a.json")));
        assertTrue(r.out().contains("calibration (right = attributed): ECE "), r.out());
        assertFalse(r.out().contains("without confidence"), "every statement extracted has a confidence");
    }

    @Test
    void badArgumentsGetOneLine() {
        CliRun missing = CliRun.run("eval", "--gold", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nowhere") && missing.err().contains("no such folder"), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());

        CliRun both = CliRun.run("eval", "--gold", gold.toString(), "--pred", dir.toString(), "--out", dir.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("leave out --pred"), both.err());
    }

    @Test
    void checksSpeakersAndTitlesOfPredictionsOrOfWhatItExtracts() throws IOException {
        Path speakers = Files.createDirectories(dir.resolve("speakers"));
        Files.writeString(
                speakers.resolve("a.json"),
                "{\"article\": \"a\", \"attributions\": [{\"content_start\": "
                        + range("\"We will win.\"").replace(' ', ',').replace(",", ", \"content_end\": ")
                        + ", \"speakerName\": \"Smith\", \"type\": \"PERSON\"}],"
                        + " \"entities\": [{\"name\": \"Smith\", \"type\": \"PERSON\", \"titles\": []}]}");
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(
                pred.resolve("a.json"),
                "{\"attributions\": [{\"content\": [" + span("\"We will win.\"")
                        + "], \"speakerName\": \"Mr. Smith\"}],"
                        + " \"entities\": [{\"name\": \"Smith\", \"titles\": [\"remarks\"]}]}");

        CliRun checked = CliRun.run(
                "eval",
                "--speakers",
                speakers.toString(),
                "--text",
                gold.resolve("text").toString(),
                "--pred",
                pred.toString());
        assertEquals(0, checked.code(), checked.err());
        assertTrue(
                checked.out().contains("speakers: named recall 1.000 (1 gold), naming precision 1.000"), checked.out());
        assertTrue(checked.out().contains("precision 0.000 (0 of 1 predicted titles"), checked.out());

        CliRun extracted = CliRun.run("eval", "--speakers", speakers.toString(), "--gold", gold.toString(), "--json");
        assertEquals(0, extracted.code(), extracted.err());
        JsonNode report = new ObjectMapper().readTree(extracted.out());
        assertEquals(1, report.get("named").asInt());
        assertEquals("1/1", report.at("/per_article/a").asText(), extracted.out());

        CliRun neither = CliRun.run("eval", "--speakers", speakers.toString());
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("--text"), neither.err());
    }
}
