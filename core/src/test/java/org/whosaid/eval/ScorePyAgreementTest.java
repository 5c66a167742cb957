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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;

/**
 * The port agrees with the reference scorer {@code score.py}, figure for figure, on predictions made
 * from the PolNeAR dev gold and then damaged in every way the scorer must cope with.
 */
class ScorePyAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesOnDamagedGoldOverTheDevSplit(@TempDir Path tmp) throws Exception {
        Path dev = SharedData.polnearDev();
        Path pred = tmp.resolve("pred");
        ReferenceScorer.score("--gold", dev.toString(), "--gold-as-pred", pred.toString());
        damage(pred, new Random(20170331));
        Scores s = assertAgreement(dev, pred);
        assertTrue(s.attributed().f1() < 0.95, "the damage shows in the figures");
        assertTrue(
                s.predStats().invalidOffsets() > 0
                        && s.predStats().textMismatch() > 0
                        && s.predStats().filesMissing() == 1
                        && s.predStats().filesUnreadable() == 1
                        && s.predStats().filesExtra() == 1,
                "every kind of damage was made");
    }

    @Test
    void agreesOnUndamagedGold(@TempDir Path tmp) throws Exception {
        Path dev = SharedData.polnearDev();
        Path pred = tmp.resolve("pred");
        ReferenceScorer.score("--gold", dev.toString(), "--gold-as-pred", pred.toString());
        Scores s = assertAgreement(dev, pred);
        assertEquals(1.0, s.attributed().f1());
    }

    /**
     * Scores with both scorers and compares every figure of the JSON reports and the text tables.
     *
     * @return the port's scores
     */
    static Scores assertAgreement(Path gold, Path pred) throws Exception {
        String g = gold.toAbsolutePath().normalize().toString();
        String p = pred.toAbsolutePath().normalize().toString();
        JsonNode reference = JSON.readTree(ReferenceScorer.score("--gold", g, "--pred", p, "--json"));
        GoldCorpus corpus = GoldCorpus.load(Path.of(g));
        Predictions predictions = Predictions.read(Path.of(p), corpus);
        Scores scores = Scorer.score(corpus, predictions);
        JsonNode port = JSON.valueToTree(ScoreTable.json(scores, g, p));
        List<String> differences = new ArrayList<>();
        compare("", reference, port, differences);
        assertEquals(List.of(), differences);
        String referenceText = ReferenceScorer.score("--gold", g, "--pred", p);
        assertEquals(referenceText, ScoreTable.text(scores, g, p, List.of()));
        return scores;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<String> differences) {
        if (a.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            List<String> other = new ArrayList<>();
            b.fieldNames().forEachRemaining(other::add);
            if (!names.equals(other)) {
                differences.add(path + ": keys " + names + " vs " + other);
                return;
            }
            names.forEach(n -> compare(path + "/" + n, a.get(n), b.get(n), differences));
        } else if (a.isNumber() && b.isNumber()) {
            if (a.isIntegralNumber() != b.isIntegralNumber() || a.doubleValue() != b.doubleValue()) {
                differences.add(path + ": " + a + " vs " + b);
            }
        } else if (!a.equals(b)) {
            differences.add(path + ": " + a + " vs " + b);
        }
    }

    /** Damages gold-as-predictions: shifted, dropped, duplicated, lists, bad offsets, wrong texts. */
    private static void damage(Path folder, Random random) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() > 10, "gold-as-predictions written");
        Files.delete(files.get(0)); // a missing prediction
        Files.writeString(files.get(1), "{\"attributions\": ["); // an unreadable one
        Files.writeString(folder.resolve("not-in-gold.json"), "{\"attributions\": []}");
        for (Path f : files.subList(2, files.size())) {
            ObjectNode root = (ObjectNode) JSON.readTree(f.toFile());
            ArrayNode items = (ArrayNode) root.get("attributions");
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode item : items) {
                ObjectNode a = (ObjectNode) item.deepCopy();
                switch (random.nextInt(12)) {
                    case 0 -> {
                        continue; // dropped
                    }
                    case 1 -> shift(a.get("content"), random.nextInt(41) - 20);
                    case 2 -> a.putNull("source");
                    case 3 -> shift(a.get("source"), random.nextInt(7) - 3);
                    case 4 -> {
                        JsonNode cue = a.get("cue");
                        if (cue != null && cue.isObject()) {
                            a.set("cue", JSON.createArrayNode().add(cue)); // a list of spans
                        }
                    }
                    case 5 -> {
                        JsonNode content = a.get("content");
                        if (content.isArray() && content.size() == 1) {
                            a.set("content", content.get(0)); // a single span
                        }
                    }
                    case 6 -> out.add(a.deepCopy()); // duplicated
                    case 7 -> forEachSpan(a.get("content"), s -> s.put("text", "not the text"));
                    case 8 -> forEachSpan(a.get("cue"), s -> s.put("end", 1_000_000));
                    case 9 -> forEachSpan(a.get("source"), s -> s.put("start", 1.5));
                    case 10 -> shrinkToInsideOneWord(a);
                    default -> {}
                }
                out.add(a);
            }
            if (random.nextInt(5) == 0 && out.size() > 1) {
                JsonNode first = out.remove(0); // a different order
                out.add(first);
            }
            root.set("attributions", out);
            JSON.writeValue(f.toFile(), root);
        }
    }

    private static void shift(JsonNode span, int by) {
        forEachSpan(span, s -> {
            s.put("start", Math.max(0, s.get("start").asInt() + by));
            s.put("end", Math.max(s.get("start").asInt(), s.get("end").asInt() + by));
            s.remove("text");
        });
    }

    /** A one-character content inside a word: only the best-covered token rule gives it a token. */
    private static void shrinkToInsideOneWord(ObjectNode a) {
        forEachSpan(a.get("content"), s -> {
            int start = s.get("start").asInt() + 1;
            s.put("start", start);
            s.put("end", start + 1);
            s.remove("text");
        });
    }

    private static void forEachSpan(JsonNode node, java.util.function.Consumer<ObjectNode> f) {
        if (node == null || node.isNull()) {
            return;
        }
        Iterator<JsonNode> it = node.isArray() ? node.elements() : List.of(node).iterator();
        it.forEachRemaining(n -> f.accept((ObjectNode) n));
    }
}
