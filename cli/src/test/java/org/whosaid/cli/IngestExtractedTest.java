package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ArticleSource;
import org.whosaid.result.ExtractedResults;
import org.whosaid.result.ResultJson;
import org.whosaid.store.Store;
import org.whosaid.store.StoreCounts;
import org.whosaid.store.StoreKeys;

/**
 * {@code whosaid ingest --extracted}: the output of a corpus job, written here in the job's layout
 * from real extractions (the job itself is tested in its module, on Spark), stored as a direct ingest
 * of the same inputs stores them.
 */
class IngestExtractedTest {

    private static final ObjectWriter LINE = ResultJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    /** The two halves of a job's JSON output: results, and the articles' sources, in input order. */
    private Path jobOutput(List<Path> inputs, boolean complete) throws IOException {
        Path out = dir.resolve("job");
        Files.createDirectories(out.resolve(ExtractedResults.RESULTS));
        Files.createDirectories(out.resolve(ExtractedResults.ARTICLES));
        List<String> results = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Path> files = Inputs.files(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                // Listing only.
            }

            @Override
            public void problem(InputException problem) {
                throw new AssertionError(problem);
            }
        });
        for (int i = 0; i < files.size(); i++) {
            int inputNumber = i + 1;
            String input = files.get(i).toString();
            Inputs.read(files.get(i), new ArticleSink() {
                private int number;

                @Override
                public void article(Article article) {
                    ArticleResult r = Whosaid.extract(article);
                    try {
                        results.add(LINE.writeValueAsString(r));
                        sources.add(LINE.writeValueAsString(new ArticleSource(
                                r.id(),
                                input,
                                inputNumber,
                                ++number,
                                article.origin(),
                                StoreKeys.contentHash(r.text()))));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }

                @Override
                public void problem(InputException problem) {
                    throw new AssertionError(problem);
                }
            });
        }
        Files.write(out.resolve(ExtractedResults.RESULTS).resolve("part-00000.txt"), results);
        Files.write(
                out.resolve(ExtractedResults.ARTICLES).resolve("part-00000.json"),
                complete ? sources : sources.subList(0, sources.size() - 1));
        Files.writeString(out.resolve(ExtractedResults.RESULTS).resolve("_SUCCESS"), "");
        return out;
    }

    @Test
    void theStoreAnswersAsAfterADirectIngest() throws IOException {
        Path a = Files.writeString(dir.resolve("briefing.txt"), IngestCommandTest.BRIEFING);
        Path b = Files.writeString(dir.resolve("hearing.txt"), IngestCommandTest.HEARING);
        Path job = jobOutput(List.of(a, b, a), true);
        Path direct = dir.resolve("direct");
        Path extracted = dir.resolve("extracted");

        CliRun first = CliRun.run("ingest", "--store", direct.toString(), a.toString(), b.toString(), a.toString());
        CliRun second = CliRun.run("ingest", "--store", extracted.toString(), "--extracted", job.toString());

        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("stored 2 articles"), second.err());
        assertTrue(second.err().contains("1 already stored"), "the same text twice is stored once: " + second.err());
        for (String[] search :
                new String[][] {{"--speaker", "Sean Spicer"}, {"--text", "hearings"}, {"--about", "Michael Flynn"}}) {
            CliRun x = CliRun.run("search", "--store", direct.toString(), "--format", "json", search[0], search[1]);
            CliRun y = CliRun.run("search", "--store", extracted.toString(), "--format", "json", search[0], search[1]);
            assertEquals(0, y.code(), y.err());
            assertFalse(IngestCommandTest.hits(x.out()).isEmpty(), String.join(" ", search));
            assertEquals(x.out(), y.out(), String.join(" ", search));
        }
        try (Store x = Store.openReadOnly(direct);
                Store y = Store.openReadOnly(extracted)) {
            assertEquals(x.counts(), y.counts());
            assertEquals(
                    x.article("briefing").orElseThrow().origin(),
                    y.article("briefing").orElseThrow().origin(),
                    "the input it was read from");
            assertEquals(x.speaker("p-sean-spicer"), y.speaker("p-sean-spicer"));
        }
    }

    @Test
    void anIncompleteOutputIsRefusedInOneLine() throws IOException {
        Path a = Files.writeString(dir.resolve("briefing.txt"), IngestCommandTest.BRIEFING);
        Path b = Files.writeString(dir.resolve("hearing.txt"), IngestCommandTest.HEARING);
        Path job = jobOutput(List.of(a, b), false);
        Path store = dir.resolve("store");

        CliRun r = CliRun.run("ingest", "--store", store.toString(), "--extracted", job.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no article source for this result"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(1, s.counts().articles(), "what came before the gap is kept");
        }
    }

    @Test
    void inputsAndAFolderNotOfAJobAreRefused() throws IOException {
        Path a = Files.writeString(dir.resolve("briefing.txt"), IngestCommandTest.BRIEFING);
        Path store = dir.resolve("store");

        CliRun both = CliRun.run("ingest", "--store", store.toString(), "--extracted", dir.toString(), a.toString());
        CliRun neither = CliRun.run("ingest", "--store", store.toString());
        CliRun notJob = CliRun.run("ingest", "--store", store.toString(), "--extracted", dir.toString());

        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("either INPUT... or --extracted DIR"), both.err());
        assertEquals(2, neither.code(), neither.err());
        assertEquals(1, notJob.code(), notJob.err());
        assertTrue(notJob.err().contains("not the JSON output of a whosaid-spark job"), notJob.err());
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(new StoreCounts(0, 0, 0), s.counts());
        }
    }
}
