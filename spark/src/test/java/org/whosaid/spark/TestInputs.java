package org.whosaid.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.whosaid.SharedData;

/** Inputs for the job's tests: the bundled examples, a few PolNeAR articles, and broken files. */
final class TestInputs {

    /** PolNeAR dev articles read where the corpus is beside the project. */
    static final int POLNEAR_ARTICLES = 3;

    private TestInputs() {}

    /**
     * @return the first few PolNeAR dev texts, or none (with a message) where the corpus is absent
     * @throws IOException where the corpus is present but cannot be listed
     */
    static List<Path> polnear() throws IOException {
        Path text = SharedData.root().resolve("data/polnear/dev/text");
        if (!Files.exists(text)) {
            System.err.println(
                    "PolNeAR articles left out: " + text + " is absent (the shared data lives beside the project)");
            return List.of();
        }
        try (Stream<Path> files = Files.list(text)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .limit(POLNEAR_ARTICLES)
                    .toList();
        }
    }

    /**
     * A record-compressed WARC of three pages whose second record is damaged.
     *
     * @param file where to write it
     * @return the file
     * @throws IOException where it cannot be written
     */
    static Path damagedWarc(Path file) throws IOException {
        String[] pages = {
            "<html><head><title>Budget vote</title></head><body><article><p>\"We will pass this budget before"
                    + " the recess,\" Senator Jane Smith said on Tuesday.</p><p>She added that the vote would be"
                    + " close.</p></article></body></html>",
            "<html><body><article><p>\"Nothing is agreed,\" said John Brown, the committee chairman.</p>"
                    + "</article></body></html>",
            "<html><head><title>Port strike</title></head><body><article><p>The union's leader, Maria Lopez,"
                    + " told reporters that the strike would go on until the port owners made a better offer.</p>"
                    + "</article></body></html>"
        };
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < pages.length; i++) {
                offsets.add(writer.position());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), pages[i].getBytes(StandardCharsets.UTF_8))
                        .build();
                writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/2024/page-" + (i + 1)))
                        .date(Instant.parse("2024-05-14T09:00:00Z"))
                        .body(http)
                        .build());
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer garbage = ByteBuffer.wrap(new byte[28]);
            for (int i = 0; i < 28; i++) {
                garbage.put(i, (byte) (0x5A ^ i));
            }
            channel.write(garbage, offsets.get(1) + 12); // inside the second record's compressed data
        }
        return file;
    }

    /**
     * @param file where to write it
     * @return a file of binary data named as a text
     * @throws IOException where it cannot be written
     */
    static Path binary(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        return Files.write(file, bytes);
    }
}
