package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;

class InputKindTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void contentDecidesWhereItIsTelling() throws Exception {
        assertEquals(InputKind.HTML, InputKind.detect(file("page.txt", "\n<!DOCTYPE html><html><body></body></html>")));
        assertEquals(InputKind.HTML, InputKind.detect(file("page", "<!-- saved --><html lang=en>")));
        assertEquals(
                InputKind.FEED,
                InputKind.detect(file("feed.html", "<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">")));
        assertEquals(
                InputKind.FEED,
                InputKind.detect(
                        file("atom", "\uFEFF<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        assertEquals(InputKind.WARC, InputKind.detect(file("crawl.dat", "WARC/1.1\r\nWARC-Type: warcinfo\r\n")));
        assertEquals(InputKind.JSONL, InputKind.detect(file("lines", "{\"text\": \"a\"}\n")));
        assertEquals(InputKind.TEXT, InputKind.detect(file("story", "The minister said so.")));
    }

    @Test
    void theNameDecidesWhereTheContentIsNotTelling() throws Exception {
        assertEquals(InputKind.HTML, InputKind.detect(file("fragment.html", "Just words, no tags.")));
        assertEquals(InputKind.FEED, InputKind.detect(file("broken.rss", "not xml at all")));
        assertEquals(InputKind.WARC, InputKind.detect(file("x.warc.gz", "not gzip at all")));
        assertEquals(InputKind.TEXT, InputKind.detect(file("odd.txt", "{ braces in a story }")));
    }

    @Test
    void compressedInputsMustBeWarcArchives() throws Exception {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<html></html>".getBytes(StandardCharsets.UTF_8));
        }
        InputException e = assertThrows(InputException.class, () -> InputKind.detect(gz));
        assertEquals(gz + ": gzip-compressed, but not a WARC archive; decompress it first", e.getMessage());

        Path fake = dir.resolve("fake.warc.gz");
        Files.write(fake, new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        e = assertThrows(InputException.class, () -> InputKind.detect(fake));
        assertTrue(e.getMessage().startsWith(fake + ": damaged gzip data"), e.getMessage());
    }

    @Test
    void emptyAndMissingFilesAreNamed() throws Exception {
        Path empty = file("empty.html", "");
        assertEquals(
                empty + ": empty",
                assertThrows(InputException.class, () -> InputKind.detect(empty))
                        .getMessage());
        Path missing = dir.resolve("missing.html");
        assertEquals(
                missing + ": no such file",
                assertThrows(InputException.class, () -> InputKind.detect(missing))
                        .getMessage());
    }

    @Test
    void aDirectoryStandsForEveryReadableFileInIt() throws Exception {
        Path examples = SharedData.examples();
        Collected sink = new Collected();
        Inputs.read(List.of(examples), sink);
        assertEquals("", sink.messages());
        List<String> origins = sink.articles.stream()
                .map(a -> Path.of(a.origin().split(" ")[0]).getFileName().toString())
                .toList();
        assertTrue(
                origins.containsAll(List.of(
                        "flynn-immunity.html", "flynn-immunity.rss", "flynn-immunity.txt", "flynn-immunity.warc.gz")),
                origins.toString());
        assertTrue(origins.stream().noneMatch(o -> o.endsWith(".json")), origins.toString());
    }
}
