package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;

/**
 * Every reader fed hundreds of damaged inputs (bits flipped, cut short, bytes inserted, deleted and
 * repeated, from fixed seeds): nothing but an {@link InputException} ever comes out, and whatever
 * articles come out are whole.
 */
class MutatedInputsTest {

    private static final int ROUNDS = 300;
    private static final byte[][] TOKENS = {
        "<".getBytes(StandardCharsets.US_ASCII),
        "</p>".getBytes(StandardCharsets.US_ASCII),
        "<p>".getBytes(StandardCharsets.US_ASCII),
        "<![CDATA[".getBytes(StandardCharsets.US_ASCII),
        "&#x0;".getBytes(StandardCharsets.US_ASCII),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII),
        "Content-Length: 99999999\r\n".getBytes(StandardCharsets.US_ASCII),
        {0x1F, (byte) 0x8B, 0x08, 0},
        "{\"".getBytes(StandardCharsets.US_ASCII),
        "\"}\n".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0xC3},
        {0},
        "\n".getBytes(StandardCharsets.US_ASCII),
    };

    @TempDir
    Path dir;

    @Test
    void webPages() throws Exception {
        byte[] page = Files.readAllBytes(SharedData.examples().resolve("flynn-immunity.html"));
        survive("page.html", page, HtmlReader::new, 11);
    }

    @Test
    void compressedArchives() throws Exception {
        Path warc = dir.resolve("base.warc.gz");
        WarcFixture.crawlOf(WarcArchiveReaderTest.examplePage()).write(warc, true);
        survive("crawl.warc.gz", Files.readAllBytes(warc), WarcArchiveReader::new, 12);
    }

    @Test
    void plainArchives() throws Exception {
        Path warc = dir.resolve("base.warc");
        WarcFixture.crawlOf(WarcArchiveReaderTest.examplePage()).write(warc, false);
        survive("crawl.warc", Files.readAllBytes(warc), WarcArchiveReader::new, 13);
    }

    @Test
    void feeds() throws Exception {
        byte[] rss = Files.readAllBytes(SharedData.examples().resolve("flynn-immunity.rss"));
        survive("feed.rss", rss, FeedReader::new, 14);
    }

    @Test
    void jsonLines() throws Exception {
        byte[] lines = String.join(
                        "\n",
                        "{\"id\":\"a\",\"url\":\"https://x.example/a\",\"published\":\"2020-01-02\",\"text\":\"She said \\\"yes\\\".\"}",
                        "{\"text\":\"He said no.\",\"title\":\"T\",\"outlet\":\"O\"}",
                        "{\"text\":\"Third.\",\"published\":\"Fri, 31 Mar 2017 20:02:00 -0500\"}")
                .getBytes(StandardCharsets.UTF_8);
        survive("lines.jsonl", lines, JsonLinesReader::new, 15);
    }

    @Test
    void plainText() throws Exception {
        byte[] text = Files.readAllBytes(SharedData.examples().resolve("flynn-immunity.txt"));
        survive("story.txt", text, TextReader::new, 16);
    }

    private void survive(String name, byte[] original, Supplier<ArticleReader> reader, long seed) throws Exception {
        Random random = new Random(seed);
        Path file = dir.resolve(name);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] mutated = mutate(original, random);
            Files.write(file, mutated);
            Collected sink = new Collected();
            try {
                reader.get().read(file, sink);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            } catch (Throwable t) {
                fail(name + " round " + round + " (seed " + seed + "): " + t, t);
            }
            try {
                InputKind.detect(file);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            }
            for (Article a : sink.articles) {
                assertNotNull(a.id());
                assertFalse(a.text().isBlank(), "round " + round);
            }
            for (InputException p : sink.problems) {
                assertTrue(p.getMessage().startsWith(file.toString()), p.getMessage());
                assertFalse(p.getMessage().contains("\n"), p.getMessage());
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original;
        int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> {
                    b = b.clone();
                    for (int k = 1 + random.nextInt(8); k > 0; k--) {
                        int p = random.nextInt(b.length);
                        b[p] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 ->
                    b = splice(b, at, at, random.nextBoolean() ? TOKENS[random.nextInt(TOKENS.length)] : noise(random));
                case 3 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                default ->
                    b = splice(b, at, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(256))));
            }
        }
        return b;
    }

    private static byte[] noise(Random random) {
        byte[] n = new byte[1 + random.nextInt(16)];
        random.nextBytes(n);
        return n;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.write(insert, 0, insert.length);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    @Test
    void mutationsReallyDamage() {
        byte[] original = "0123456789abcdef".repeat(8).getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(1);
        int changed = 0;
        for (int i = 0; i < 50; i++) {
            changed += Arrays.equals(original, mutate(original, random)) ? 0 : 1;
        }
        assertTrue(changed >= 45, "only " + changed + " of 50 mutations changed the input");
    }
}
