package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private Collected read(Path file) throws InputException {
        Collected sink = new Collected();
        new JsonLinesReader().read(file, sink);
        return sink;
    }

    @Test
    void eachGoodLineIsAnArticleAndEachBadOneAProblemNamingItsLine() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"id\":\"a1\",\"url\":\"https://x.example/a\",\"title\":\"A\",\"outlet\":\"X\",\"published\":\"2020-01-02\",\"text\":\"She said yes.\"}",
                                "{\"text\": \"He said no.\", \"url\": \"https://x.example/b\", \"published\": \"2020-01-03T23:00:00-05:00\"}",
                                "",
                                "{not json",
                                "[1, 2]",
                                "{\"title\": \"no text\"}",
                                "{\"text\": \"Dated badly.\", \"published\": \"soon\"}",
                                "{\"text\": \"Last one.\"}")
                        + "\n");

        Collected sink = read(file);

        assertEquals(
                List.of("a1", ArticleIds.fromUrl("https://x.example/b"), "batch-8"),
                sink.articles.stream().map(Article::id).toList());
        Article first = sink.articles.get(0);
        assertEquals(
                new Article(
                        "a1",
                        "She said yes.",
                        "A",
                        "https://x.example/a",
                        "X",
                        LocalDate.of(2020, 1, 2),
                        file + " line 1"),
                first);
        assertEquals(LocalDate.of(2020, 1, 3), sink.articles.get(1).published());
        assertEquals(4, sink.problems.size(), sink.report());
        assertTrue(sink.problems.get(0).getMessage().startsWith(file + " line 4: not JSON ("), sink.messages());
        assertEquals(file + " line 5: not a JSON object", sink.problems.get(1).getMessage());
        assertEquals(file + " line 6: no \"text\"", sink.problems.get(2).getMessage());
        assertEquals(
                file + " line 7: \"published\" is not a date: soon",
                sink.problems.get(3).getMessage());
        assertEquals(
                file + ": 7 lines, 3 articles, 4 damaged", sink.summaries.get(0).toString());
    }

    @Test
    void aHugeLineIsPassedOverWithoutHoldingIt() throws Exception {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < JsonLinesReader.MAX_LINE_BYTES + (1 << 20); written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\":\"After the long line.\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Collected sink = read(file);
        assertEquals(
                List.of("After the long line."),
                sink.articles.stream().map(Article::text).toList());
        assertEquals(
                List.of(file + " line 1: longer than 8 MB, passed over"),
                sink.problems.stream().map(Throwable::getMessage).toList());
    }

    @Test
    void linesThatAreNotUtf8AreNamed() throws IOException, InputException {
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Collected sink = read(file);
        assertEquals(
                List.of(file + " line 1: not UTF-8 text"),
                sink.problems.stream().map(Throwable::getMessage).toList());
    }
}
