package org.whosaid.article;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC web archive (plain, or gzip-compressed record by record) as a stream: every
 * {@code response} record of an HTML page fetched with status 200 becomes an article, its address
 * the record's target, its id a slug of the host and a hash of the address, its day the page's own
 * or else the day of the capture. Other records are counted and passed over. A damaged record is
 * reported with its number and byte offset, and reading resumes at the next record that can be found.
 */
public final class WarcArchiveReader implements ArticleReader {

    /** Longest record or HTTP header read, in bytes. */
    static final int MAX_HEADER_BYTES = 1024 * 1024;

    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_HEADER = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void read(Path input, ArticleSink sink) throws InputException {
        Pass pass = new Pass(input, sink);
        long offset = 0;
        while (offset >= 0) {
            offset = pass.readFrom(offset);
        }
        sink.finished(pass.tally.summary());
    }

    /** One reading of an archive, across the restarts that damage forces. */
    private static final class Pass {
        private final Path input;
        private final String name;
        private final ArticleSink sink;
        private final ReadSummary.Tally tally;
        private int number;
        private boolean gzip;
        /** Whether the last record was reported damaged: the reader's next failure is the same damage. */
        private boolean reported;
        /** Whether reading restarted at a guessed record start that has not yet given a record. */
        private boolean guessing;
        /** The byte offset of the last record read. */
        private long lastStart = -1;

        Pass(Path input, ArticleSink sink) {
            this.input = input;
            this.name = input.toString();
            this.sink = sink;
            this.tally = new ReadSummary.Tally(name, "records");
        }

        /** @return where to read on from after damage, or -1 at the end */
        long readFrom(long offset) throws InputException {
            try (FileChannel file = FileChannel.open(input)) {
                file.position(offset);
                if (offset == 0) {
                    gzip = startsWithGzip(file);
                }
                GzipMembers members = gzip ? new GzipMembers(file, offset) : null;
                HeaderGuard guard = new HeaderGuard(gzip ? members : file);
                LongSupplier memberStart = () -> Math.max(offset, members.memberStart());
                WarcReader reader;
                WarcRecord last = null;
                try {
                    reader = new WarcReader(guard);
                } catch (IOException | RuntimeException e) {
                    return damaged(offset, e);
                }
                while (true) {
                    Optional<WarcRecord> next;
                    try {
                        if (last != null) {
                            last.body().consume(); // read freely: only the next header is guarded
                        }
                        guard.arm(MAX_HEADER_BYTES);
                        next = reader.next();
                    } catch (IOException | RuntimeException e) {
                        return damaged(gzip ? memberStart.getAsLong() : offset + reader.position(), e);
                    } finally {
                        guard.arm(-1);
                    }
                    if (next.isEmpty()) {
                        if (offset == 0 && number == 0) {
                            throw new InputException(name, "not a WARC archive (no record found)");
                        }
                        return -1;
                    }
                    last = next.get();
                    number++;
                    tally.record();
                    reported = false;
                    guessing = false;
                    lastStart = gzip ? memberStart.getAsLong() : offset + reader.position();
                    try {
                        take(last, lastStart, guard);
                    } catch (IOException | RuntimeException e) {
                        problem(number, lastStart, e);
                        reported = true;
                    }
                }
            } catch (NoSuchFileException e) {
                throw new InputException(name, "no such file");
            } catch (IOException e) {
                if (offset == 0) {
                    throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
                }
                sink.problem(
                        new InputException(name, "cannot be read past byte " + offset + " (" + e.getMessage() + ")"));
                return -1;
            }
        }

        /** Reports damage at an offset (unless already reported) and finds where to go on. */
        private long damaged(long at, Exception e) throws InputException {
            if (at == 0 && number == 0) {
                throw new InputException(
                        name,
                        "not a readable WARC archive (" + (e instanceof EOFException ? "it ends too early" : detail(e))
                                + ")");
            }
            if (!reported && !guessing) {
                // Where the reader is still at the last record, that record's body or end is damaged.
                problem(at == lastStart ? number : number + 1, at, e);
            }
            reported = true;
            guessing = true;
            return nextRecordStart(at + 1);
        }

        private void problem(int record, long at, Exception e) {
            tally.damaged();
            sink.problem(new InputException(
                    name + " record " + record + " at byte " + at,
                    reason(e) + "; the rest of the archive is still read"));
        }

        /** Turns one record into an article, or counts why not. */
        private void take(WarcRecord record, long at, HeaderGuard guard) throws IOException {
            if (!(record instanceof WarcResponse response)) {
                tally.skip(record.type());
                return;
            }
            if (!"application".equals(response.contentType().type())
                    || !"http".equals(response.contentType().subtype())) {
                tally.skip("not HTTP");
                return;
            }
            HttpResponse http;
            guard.arm(MAX_HEADER_BYTES);
            try {
                http = response.http();
            } finally {
                guard.arm(-1);
            }
            if (http.status() != 200) {
                tally.skip("status " + http.status());
                return;
            }
            Optional<String> declared = http.headers().first("Content-Type");
            MediaType type = declared.map(MediaType::parseLeniently).orElse(null);
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = Bytes.readAtMost(in, WebPage.MAX_BYTES);
            }
            String target = response.target();
            if (!isHtml(type, body)) {
                tally.skip("not HTML");
                return;
            }
            if (body.length > WebPage.MAX_BYTES) {
                tally.damaged();
                sink.problem(new InputException(
                        origin(at, target), "page larger than " + Bytes.human(WebPage.MAX_BYTES) + ", passed over"));
                return;
            }
            WebPage page =
                    WebPage.parse(body, type == null ? null : type.parameters().get("charset"), target);
            if (page.text().isBlank()) {
                tally.skip("without article text");
                return;
            }
            PageMetadata m = page.metadata();
            LocalDate captured = record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
            sink.article(new Article(
                    ArticleIds.fromUrl(target),
                    page.text(),
                    m.title(),
                    target,
                    m.outlet(),
                    m.published() != null ? m.published() : captured,
                    origin(at, target)));
            tally.article();
        }

        private String origin(long at, String target) {
            return name + " record " + number + " at byte " + at + " (" + target + ")";
        }

        private static boolean startsWithGzip(FileChannel file) throws IOException {
            ByteBuffer magic = ByteBuffer.allocate(2);
            while (magic.hasRemaining() && file.read(magic) >= 0) {
                // reads the two bytes
            }
            file.position(0);
            return magic.position() == 2 && (magic.get(0) & 0xFF) == 0x1F && (magic.get(1) & 0xFF) == 0x8B;
        }

        private static boolean isHtml(MediaType type, byte[] body) {
            if (type != null && !type.type().isEmpty()) {
                String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
                return base.equals("text/html") || base.equals("application/xhtml+xml");
            }
            String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                    .stripLeading()
                    .toLowerCase(Locale.ROOT);
            return start.startsWith("<!doctype html") || start.startsWith("<html");
        }

        /** The byte offset of the next gzip member or "WARC/1." line at or after {@code from}, or -1. */
        private long nextRecordStart(long from) throws InputException {
            byte[] pattern = gzip ? GZIP_MEMBER : WARC_HEADER;
            try (FileChannel channel = FileChannel.open(input)) {
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                long base = Math.max(0, from - 1);
                channel.position(base);
                byte previous = '\n';
                int carry = 0;
                while (true) {
                    buffer.position(carry);
                    buffer.limit(buffer.capacity());
                    int n = channel.read(buffer);
                    if (n < 0) {
                        return -1;
                    }
                    int end = carry + n;
                    byte[] a = buffer.array();
                    for (int i = 0; i + pattern.length <= end; i++) {
                        long at = base + i;
                        byte before = i > 0 ? a[i - 1] : previous;
                        if (at >= from && matches(a, i, pattern) && (gzip || before == '\n')) {
                            return at;
                        }
                    }
                    carry = Math.min(pattern.length - 1, end);
                    previous = end - carry > 0 ? a[end - carry - 1] : previous;
                    System.arraycopy(a, end - carry, a, 0, carry);
                    base += end - carry;
                }
            } catch (IOException e) {
                sink.problem(new InputException(name, "cannot be read on after damage (" + e.getMessage() + ")"));
                return -1;
            }
        }

        private static boolean matches(byte[] a, int i, byte[] pattern) {
            for (int j = 0; j < pattern.length; j++) {
                if (a[i + j] != pattern[j]) {
                    return false;
                }
            }
            return true;
        }

        private static String reason(Exception e) {
            return e instanceof EOFException
                    ? "cut short (the archive ends inside this record)"
                    : "damaged (" + detail(e) + ")";
        }

        /** The parser's reason without the raw bytes it quotes. */
        private static String detail(Exception e) {
            if (e instanceof ParsingException p && p.getBaseMessage() != null) {
                return InputException.brief(
                        new ParsingException(p.getBaseMessage().replaceAll(":? *<-- HERE -->.*", "")));
            }
            return InputException.brief(e);
        }
    }
}
