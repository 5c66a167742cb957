package org.whosaid.article;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC archives for tests, the way a crawler records a visit, with jwarc's writer. */
final class WarcFixture {

    static final String PAGE_URL = "https://news.example.org/world/2017/03/31/flynn-immunity-offer-rebuffed";
    static final Instant CAPTURED = Instant.parse("2017-04-02T08:30:00Z");

    private final List<WarcRecord> records = new ArrayList<>();

    /** A crawl of the example page: the capture's records, a redirect, the page, an image and a 404. */
    static WarcFixture crawlOf(byte[] page) throws IOException {
        WarcFixture f = new WarcFixture();
        f.records.add(new Warcinfo.Builder()
                .date(CAPTURED)
                .filename("crawl.warc.gz")
                .fields(Map.of("software", List.of("test crawler")))
                .build());
        String http = PAGE_URL.replace("https://", "http://");
        f.request(http);
        f.response(
                http,
                301,
                "text/html",
                "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8),
                "Location",
                PAGE_URL);
        f.request(PAGE_URL);
        f.page(PAGE_URL, "text/html; charset=utf-8", page);
        f.response("https://news.example.org/images/2017/03/flynn.jpg", 200, "image/jpeg", new byte[] {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0
        });
        f.response(
                "https://news.example.org/world/2017/03/31/missing",
                404,
                "text/html; charset=utf-8",
                "<!doctype html><html><body><p>Page not found. \"Sorry,\" the editor said.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        return f;
    }

    WarcFixture request(String url) throws IOException {
        URI uri = URI.create(url);
        HttpRequest http = new HttpRequest.Builder("GET", uri.getRawPath())
                .addHeader("Host", uri.getHost())
                .addHeader("User-Agent", "test crawler")
                .build();
        records.add(new WarcRequest.Builder(uri).date(CAPTURED).body(http).build());
        return this;
    }

    WarcFixture page(String url, String contentType, byte[] html) throws IOException {
        return response(url, 200, contentType, html);
    }

    WarcFixture response(String url, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        records.add(new WarcResponse.Builder(URI.create(url))
                .date(CAPTURED)
                .body(http.build())
                .build());
        return this;
    }

    /**
     * @param file where to write
     * @param gzip whether to compress record by record
     * @return the byte offset of each record in the file
     */
    List<Long> write(Path file, boolean gzip) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                offsets.add(writer.position());
                writer.write(r);
            }
        }
        return offsets;
    }
}
