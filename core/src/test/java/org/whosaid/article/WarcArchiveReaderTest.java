package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.SharedData;

class WarcArchiveReaderTest {

    @TempDir
    Path dir;

    static byte[] examplePage() throws Exception {
        return Files.readAllBytes(SharedData.examples().resolve("flynn-immunity.html"));
    }

    private Collected read(Path file) throws InputException {
        Collected sink = new Collected();
        new WarcArchiveReader().read(file, sink);
        return sink;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCrawlGivesOneArticleForItsOnePage(boolean gzip) throws Exception {
        Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        WarcFixture.crawlOf(examplePage()).write(warc, gzip);

        Collected sink = read(warc);

        assertEquals("", sink.messages());
        assertEquals(1, sink.articles.size());
        Article a = sink.articles.get(0);
        assertEquals(HtmlReaderTest.readExample().text(), a.text());
        assertEquals(WarcFixture.PAGE_URL, a.url());
        assertEquals(ArticleIds.fromUrl(WarcFixture.PAGE_URL), a.id());
        assertTrue(a.id().matches("news-example-org-[0-9a-f]{12}"), a.id());
        assertEquals(LocalDate.of(2017, 3, 31), a.published(), "the page's own day, not the capture's");
        assertEquals("The Daily Ledger", a.outlet());
        assertTrue(a.origin().contains("record 5"), a.origin());

        ReadSummary s = sink.summaries.get(0);
        assertEquals(7, s.records());
        assertEquals(1, s.articles());
        assertEquals(Map.of("warcinfo", 1, "request", 2, "status 301", 1, "not HTML", 1, "status 404", 1), s.skipped());
    }

    @Test
    void aPageWithoutDateTakesTheDayOfCapture() throws Exception {
        Path warc = dir.resolve("undated.warc.gz");
        new WarcFixture()
                .page(
                        "https://example.com/a",
                        "text/html",
                        "<html><body><p>The minister said the plan would go ahead, whatever the cost.</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8))
                .write(warc, true);
        Article a = read(warc).articles.get(0);
        assertEquals(LocalDate.of(2017, 4, 2), a.published());
        assertEquals("The minister said the plan would go ahead, whatever the cost.\n", a.text());
    }

    @Test
    void theCharsetComesFromTheHttpHeaderElseFromThePage() throws Exception {
        Path warc = dir.resolve("charsets.warc");
        String text = "The caf\u00e9 owner said the r\u00e9gime was \u201cunfair\u201d to small firms.";
        Charset cp1252 = Charset.forName("windows-1252");
        new WarcFixture()
                .page(
                        "https://example.com/header",
                        "text/html; charset=windows-1252",
                        ("<html><body><p>" + text + "</p></body></html>").getBytes(cp1252))
                .page(
                        "https://example.com/meta",
                        "text/html",
                        ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + text + "</p></body></html>")
                                .getBytes(cp1252))
                .write(warc, false);
        Collected sink = read(warc);
        List<Article> articles = sink.articles;
        assertEquals(2, articles.size(), sink.report());
        for (Article a : articles) {
            assertEquals(text + "\n", a.text(), a.url());
        }
    }

    @Test
    void anArchiveCutInTheMiddleOfAPageReportsThatRecordAndKeepsTheOthers() throws Exception {
        Path whole = dir.resolve("whole.warc.gz");
        List<Long> offsets = WarcFixture.crawlOf(examplePage())
                .page(
                        "https://example.com/last",
                        "text/html",
                        "<p>\"It is over,\" she said.</p>".getBytes(StandardCharsets.UTF_8))
                .write(whole, true);
        byte[] bytes = Files.readAllBytes(whole);
        long lastStart = offsets.get(offsets.size() - 1);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, (int) (lastStart + (bytes.length - lastStart) / 2)));

        Collected sink = read(cut);

        assertEquals(1, sink.articles.size(), "the page before the cut is read");
        assertEquals(1, sink.problems.size(), sink.messages());
        String m = sink.problems.get(0).getMessage();
        assertTrue(m.startsWith(cut + " record 8 at byte " + lastStart + ": "), m);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aDamagedRecordInTheMiddleIsReportedAndTheRecordsAfterItAreRead(boolean gzip) throws Exception {
        Path warc = dir.resolve(gzip ? "damaged.warc.gz" : "damaged.warc");
        List<Long> offsets = new WarcFixture()
                .page(
                        "https://example.com/first",
                        "text/html",
                        "<p>\"First,\" he said.</p>".getBytes(StandardCharsets.UTF_8))
                .page(
                        "https://example.com/second",
                        "text/html",
                        "<p>\"Second,\" he said.</p>".getBytes(StandardCharsets.UTF_8))
                .page(
                        "https://example.com/third",
                        "text/html",
                        "<p>\"Third,\" he said.</p>".getBytes(StandardCharsets.UTF_8))
                .write(warc, gzip);
        byte[] bytes = Files.readAllBytes(warc);
        long second = offsets.get(1);
        for (int i = 12; i < 40; i++) {
            bytes[(int) second + i] ^= 0x5A; // inside the compressed data, or the header, of the second record
        }
        Files.write(warc, bytes);

        Collected sink = read(warc);

        assertEquals(
                List.of("https://example.com/first", "https://example.com/third"),
                sink.articles.stream().map(Article::url).toList(),
                sink.report());
        assertEquals(1, sink.problems.size(), sink.messages());
        assertTrue(sink.problems.get(0).getMessage().contains(" at byte " + second + ": "), sink.messages());
    }

    @Test
    void aPageOverTheSizeLimitIsReportedAndPassedOver() throws Exception {
        Path warc = dir.resolve("large.warc.gz");
        byte[] large = ("<html><body><p>" + "x".repeat(WebPage.MAX_BYTES) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        new WarcFixture()
                .page("https://example.com/large", "text/html", large)
                .page(
                        "https://example.com/small",
                        "text/html",
                        "<p>\"Small,\" she said.</p>".getBytes(StandardCharsets.UTF_8))
                .write(warc, true);
        Collected sink = read(warc);
        assertEquals(
                List.of("https://example.com/small"),
                sink.articles.stream().map(Article::url).toList(),
                sink.report());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.get(0).getMessage().contains("larger than 8 MB"), sink.messages());
    }

    @Test
    void aFileThatIsNoArchiveIsOneClearError() throws Exception {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "These are my notes, not an archive.\n");
        InputException e = assertThrows(InputException.class, () -> read(notWarc));
        assertTrue(e.getMessage().startsWith(notWarc + ": not a readable WARC archive"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aHeaderOfManyMegabytesIsStoppedAtItsLimit(boolean gzip) throws Exception {
        Path warc = dir.resolve(gzip ? "long.warc.gz" : "long.warc");
        new WarcFixture()
                .page(
                        "https://example.com/first",
                        "text/html",
                        "<p>\"First,\" he said.</p>".getBytes(StandardCharsets.UTF_8))
                .write(warc, gzip);
        byte[] good = Files.readAllBytes(warc);
        byte[] line = ("WARC/1.0\r\nX-Long: " + "a".repeat(20 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        try (java.io.OutputStream out = Files.newOutputStream(warc)) {
            out.write(good);
            if (gzip) {
                try (java.io.OutputStream z = new java.util.zip.GZIPOutputStream(out)) {
                    z.write(line);
                }
            } else {
                out.write(line);
            }
        }
        Collected sink = read(warc);
        assertEquals(
                List.of("https://example.com/first"),
                sink.articles.stream().map(Article::url).toList());
        assertEquals(
                List.of(warc + " record 2 at byte " + good.length
                        + ": damaged (a header longer than 1 MB); the rest of the archive is still read"),
                sink.problems.stream().map(Throwable::getMessage).toList());
    }
}
