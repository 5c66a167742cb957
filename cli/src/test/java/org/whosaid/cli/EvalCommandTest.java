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
                        + span("\"We will win.\"") + "]}]}");

        CliRun table = CliRun.run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("cue       P 0.000  R 0.000  F1 0.000"), table.out());
        assertTrue(
                table.out()
                        .contains("  attributed (+source overlap)  P 1.000  R 1.000  F1 1.000   [pred 1/1, gold 1/1]"),
                table.out());
        assertFalse(table.out().contains("throughput"), "nothing was extracted");

        CliRun json = CliRun.run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(1.0, report.at("/roles/source/exact/f1").asDouble());
        assertEquals(1, report.at("/counts/gold_direct_quote").asInt());
    }

    @Test
    void extractsAndScores() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("eval", "--gold", gold.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pred: " + out.toAbsolutePath()), r.out());
        assertFalse(r.out().contains("throughput"), "speed is measured by the benchmarks");
        assertTrue(Files.exists(out.resolve("a.json")));
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
}
