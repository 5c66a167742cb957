package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;

/**
 * The port agrees with the reference check {@code speakercheck.py}, figure for figure and line for line,
 * on predictions made from the speaker annotations of the PolNeAR dev articles, whole and damaged.
 */
class SpeakerCheckAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesOnTheAnnotationsThemselves(@TempDir Path tmp) throws Exception {
        Path pred = predictions(tmp.resolve("pred"), null);
        SpeakerCheck.Result r = assertAgreement(pred);
        assertTrue(r.namedRecall() > 0.99 && r.titleRecall() == 1.0, "a prediction of the annotation is right");
    }

    @Test
    void agreesOnDamagedPredictions(@TempDir Path tmp) throws Exception {
        Path pred = predictions(tmp.resolve("pred"), new Random(20160919));
        SpeakerCheck.Result r = assertAgreement(pred);
        assertTrue(r.namedRecall() < 0.9 && r.titlePrecision() < 1.0, "the damage shows in the figures");
    }

    private static SpeakerCheck.Result assertAgreement(Path pred) throws Exception {
        Path script = SharedData.require("tools/speakercheck.py");
        ReferenceScorer.requirePython();
        Path speakers = SharedData.require("data/polnear/speakers-dev");
        Path texts = SharedData.require("data/polnear/dev/text");
        List<String> args = List.of(
                "python3",
                script.toString(),
                "--speakers",
                speakers.toString(),
                "--text",
                texts.toString(),
                "--pred",
                pred.toString());
        SpeakerCheck.Result port = SpeakerCheck.score(speakers, texts, pred);
        assertEquals(run(args), SpeakerCheck.text(port));
        List<String> json = new ArrayList<>(args);
        json.add("--json");
        JsonNode reference = JSON.readTree(run(json));
        JsonNode mine = JSON.valueToTree(SpeakerCheck.json(port));
        assertEquals(List.copyOf(names(reference)), List.copyOf(names(mine)), "the same keys in the same order");
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = mine.get(e.getKey());
            if (e.getValue().isNumber()) {
                assertEquals(e.getValue().asDouble(), m.asDouble(), e.getKey());
            } else {
                assertEquals(e.getValue(), m, e.getKey());
            }
        }
        return port;
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) && p.exitValue() == 0, "speakercheck.py ran");
        return out;
    }

    /**
     * One prediction file per annotated article, built from the annotation: its contents, names and
     * titles; with damage, statements dropped and added, names cut to surnames or left out, contents
     * shifted or in odd shapes, titles cut, padded and made up, one file missing and one not JSON.
     */
    private static Path predictions(Path dir, Random damage) throws Exception {
        Files.createDirectories(dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.require("data/polnear/speakers-dev"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int f = 0; f < files.size(); f++) {
            JsonNode gold = JSON.readTree(files.get(f).toFile());
            String name = gold.get("article").asText();
            if (damage != null && f == 1) {
                continue; // missing
            }
            if (damage != null && f == 2) {
                Files.writeString(dir.resolve(name + ".json"), "{\"attributions\": [");
                continue;
            }
            ObjectNode pred = JSON.createObjectNode();
            ArrayNode atts = pred.putArray("attributions");
            for (JsonNode g : gold.get("attributions")) {
                int start = g.get("content_start").asInt();
                int end = g.get("content_end").asInt();
                String speaker = g.get("speakerName").isNull()
                        ? null
                        : g.get("speakerName").asText();
                if (damage != null) {
                    int roll = damage.nextInt(10);
                    if (roll == 0) {
                        continue;
                    }
                    if (roll == 1 && speaker != null) {
                        speaker = speaker.substring(speaker.lastIndexOf(' ') + 1);
                    } else if (roll == 2) {
                        speaker = speaker == null ? "Mr. Somebody" : null;
                    } else if (roll == 3) {
                        start = Math.max(0, start + (end - start) / 2);
                    } else if (roll == 4) {
                        speaker = speaker == null ? null : "Sen. " + speaker.toUpperCase();
                    }
                }
                ObjectNode a = atts.addObject();
                ArrayNode content = JSON.createArrayNode();
                content.addObject().put("start", start).put("end", end);
                if (damage != null && atts.size() % 7 == 0) {
                    a.set("content", content.get(0)); // a single span, not a list
                } else {
                    a.set("content", content);
                }
                if (speaker == null) {
                    a.putNull("speakerName");
                } else {
                    a.put("speakerName", speaker);
                }
            }
            if (damage != null) {
                atts.addObject().putObject("content"); // empty
                atts.addObject()
                        .put("speakerName", "Nobody")
                        .putArray("content")
                        .addObject()
                        .put("start", 0)
                        .put("end", 40);
            }
            ArrayNode entities = pred.putArray("entities");
            for (JsonNode e : gold.get("entities")) {
                ObjectNode pe = entities.addObject();
                pe.put("name", e.get("name").asText());
                pe.put("type", e.get("type").asText());
                ArrayNode titles = pe.putArray("titles");
                for (JsonNode t : e.get("titles")) {
                    String title = t.asText();
                    if (damage != null) {
                        int roll = damage.nextInt(5);
                        if (roll == 0) {
                            title = title.substring(title.indexOf(' ') + 1);
                        } else if (roll == 1) {
                            title = "former " + title + " of the year";
                        }
                    }
                    titles.add(title);
                }
                if (damage != null && damage.nextInt(3) == 0) {
                    titles.add("remarks");
                }
            }
            if (damage != null && f == 3) {
                pred.remove("entities");
            }
            Files.writeString(dir.resolve(name + ".json"), JSON.writeValueAsString(pred));
        }
        return dir;
    }
}
