package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.article.InputException;

/** Training on a few PolNeAR train articles: the same gold gives the same files, byte for byte. */
class TrainingTest {

    @Test
    void theSameGoldGivesTheSameModelFiles(@TempDir Path tmp) throws IOException, InputException {
        Path train = SharedData.polnearTrain();
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        List<Path> texts;
        try (Stream<Path> s = Files.list(train.resolve("text"))) {
            texts = s.sorted().limit(4).toList();
        }
        for (Path t : texts) {
            String name = t.getFileName().toString().replace(".txt", "");
            Files.copy(t, gold.resolve("text/" + t.getFileName()));
            try (Stream<Path> anns = Files.list(train.resolve("attributions"))) {
                for (Path a : anns.filter(a -> a.getFileName().toString().startsWith(name + "_"))
                        .toList()) {
                    Files.copy(a, gold.resolve("attributions/" + a.getFileName()));
                }
            }
        }
        StringWriter log = new StringWriter();
        Path cache = tmp.resolve("cache");
        Training.run(
                new Training.Settings(gold, tmp.resolve("a"), cache, 1, 2, true, true, 1, null), new PrintWriter(log));
        Training.run(
                new Training.Settings(gold, tmp.resolve("b"), cache, 1, 2, true, true, 1, null), new PrintWriter(log));
        for (String file : List.of(LearnedModels.TAGGER, LearnedModels.SELECTION, LearnedModels.CONFIDENCE)) {
            assertArrayEquals(
                    Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)),
                    file + " differs between two runs");
        }
        String confidence = Files.readString(tmp.resolve("a").resolve(LearnedModels.CONFIDENCE));
        assertTrue(confidence.contains("LREC 2018") && confidence.contains("made by: whosaid train"), confidence);
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(tmp.resolve("a").resolve(LearnedModels.TAGGER)))) {
            String tagger = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(tagger.startsWith("# whosaid token tagger"), tagger.substring(0, 80));
        }
        assertTrue(log.toString().contains("cross-validated, both"), log.toString());
        LearnedModels back = LearnedModels.read(tmp.resolve("a"));
        assertTrue(back.tagger() != null && back.selection() != null && back.confidence() != null);
    }
}
