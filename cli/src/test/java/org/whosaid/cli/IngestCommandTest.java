package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.result.ResultJson;
import org.whosaid.result.Span;
import org.whosaid.store.StatementHit;
import org.whosaid.store.Store;
import org.whosaid.store.StoreCounts;
import org.whosaid.store.StoredArticle;

class IngestCommandTest {

    static final String BRIEFING = "Sean Spicer, the White House press secretary, said on Monday that the"
            + " investigation into Michael Flynn was over.\n";
    static final String HEARING = "Sean Spicer, the press secretary, said the president trusted Michael Flynn.\n\n"
            + "Senator Jane Smith said the hearings would continue in April.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static List<StatementHit> hits(String json) throws IOException {
        return ResultJson.mapper().readValue(json, new TypeReference<List<StatementHit>>() {});
    }

    @Test
    void storedStatementsAreFoundAndASecondRunSkipsWhatIsStored() throws IOException {
        Path store = dir.resolve("store");
        Path a = write("briefing.txt", BRIEFING);
        Path b = write("hearing.txt", HEARING);

        CliRun first = CliRun.run(
                "ingest", "--store", store.toString(), "--published", "2017-03-06", a.toString(), b.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("stored 2 articles"), first.err());

        CliRun search =
                CliRun.run("search", "--store", store.toString(), "--speaker", "Sean Spicer", "--format", "json");
        assertEquals(0, search.code(), search.err());
        List<StatementHit> spicer = hits(search.out());
        assertEquals(
                Set.of("briefing", "hearing"),
                spicer.stream().map(StatementHit::articleId).collect(Collectors.toSet()));
        try (Store s = Store.openReadOnly(store)) {
            for (StatementHit h : spicer) {
                String text = s.article(h.articleId()).orElseThrow().text();
                if (h.speakerId() != null) {
                    assertEquals("p-sean-spicer", h.speakerId(), "one record across both articles");
                }
                for (Span c : h.content()) {
                    assertTrue(c.matches(text), c.toString());
                }
            }
        }

        CliRun table = CliRun.run("search", "--store", store.toString(), "--text", "hearings");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Jane Smith"), table.out());
        assertFalse(table.out().contains("Flynn"), table.out());

        CliRun all = CliRun.run("search", "--store", store.toString(), "--limit", "100", "--format", "json");
        CliRun sure = CliRun.run(
                "search", "--store", store.toString(), "--limit", "100", "--min-confidence", "0", "--format", "json");
        assertEquals(0, sure.code(), sure.err());
        assertEquals(
                hits(all.out()).stream().filter(h -> h.confidence() != null).count(),
                hits(sure.out()).size(),
                "a minimum leaves out the statements without a confidence");
        CliRun bad = CliRun.run("search", "--store", store.toString(), "--min-confidence", "2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--min-confidence"), bad.err());

        CliRun again = CliRun.run("ingest", "--store", store.toString(), a.toString(), b.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("stored 0 articles (0 statements), 2 already stored"), again.err());
    }

    @Test
    void badInputsAreNamedTheRestIsStoredAndEarlierRecordsStayIntact() throws IOException {
        Path store = dir.resolve("store");
        Path a = write("briefing.txt", BRIEFING);
        assertEquals(
                0,
                CliRun.run("ingest", "--store", store.toString(), a.toString()).code());
        StoredArticle before;
        try (Store s = Store.openReadOnly(store)) {
            before = s.article("briefing").orElseThrow();
        }

        Path b = write("hearing.txt", HEARING);
        Path empty = write("empty.txt", "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.run(
                "ingest",
                "--store",
                store.toString(),
                empty.toString(),
                binary.toString(),
                latin1.toString(),
                dir.resolve("missing.txt").toString(),
                b.toString());

        assertEquals(1, r.code(), "failed inputs make the exit code non-zero");
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        assertTrue(r.err().contains("binary.txt: binary"), r.err());
        assertTrue(r.err().contains("latin1.txt: not UTF-8"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(2, s.counts().articles());
            StoredArticle after = s.article("briefing").orElseThrow();
            assertEquals(before.result(), after.result());
            assertEquals(before.speakerIds(), after.speakerIds());
            assertEquals(before.ingested(), after.ingested());
            assertTrue(s.article("hearing").isPresent());
        }
    }

    @Test
    void aStoreHeldByAnotherWriterIsRefusedInOneLine() throws IOException {
        Path store = dir.resolve("store");
        Path a = write("briefing.txt", BRIEFING);
        try (Store held = Store.open(store)) {
            CliRun r = CliRun.run("ingest", "--store", store.toString(), a.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("in use by another whosaid process"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(new StoreCounts(0, 0, 0), held.counts());
        }
    }

    @Test
    void searchingWhereNoStoreIsSaysSo() {
        CliRun r = CliRun.run("search", "--store", dir.resolve("nothing").toString(), "--speaker", "Trump");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no store there"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
