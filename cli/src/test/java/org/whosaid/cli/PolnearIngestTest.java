package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.store.StatementHit;

/** The whole PolNeAR dev split through ingest and search: one person's statements across articles. */
class PolnearIngestTest {

    @TempDir
    Path dir;

    @Test
    void donaldTrumpIsFoundInSeveralDevArticles() throws IOException {
        Path text = SharedData.polnearDev().resolve("text");
        Path store = dir.resolve("store");
        CliRun ingest = CliRun.run("ingest", "--store", store.toString(), "--no-progress", text.toString());
        assertEquals(0, ingest.code(), ingest.err());

        CliRun search = CliRun.run(
                "search",
                "--store",
                store.toString(),
                "--speaker",
                "Donald Trump",
                "--limit",
                "1000",
                "--format",
                "json");
        assertEquals(0, search.code(), search.err());
        List<StatementHit> hits = IngestCommandTest.hits(search.out());
        Set<String> articles = hits.stream().map(StatementHit::articleId).collect(Collectors.toSet());
        assertTrue(articles.size() >= 3, "statements of Donald Trump in " + articles);
        assertTrue(
                hits.stream()
                        .allMatch(h -> h.speakerId() != null
                                ? h.speakerName() != null && h.speakerName().contains("Trump")
                                : h.source() != null && h.source().text().contains("Trump")),
                "every hit is his");
    }
}
