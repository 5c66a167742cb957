package org.whosaid.result;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads the JSON output of a corpus job ({@code whosaid-spark --format json}): {@code results/},
 * JSON Lines of article results, and {@code articles/}, the source of each, both in input order.
 * Each result is handed on with the origin of its article, so that it can be stored as a direct
 * ingest of the same inputs would store it.
 */
public final class ExtractedResults {

    /** Folder of the per-article results. */
    public static final String RESULTS = "results";
    /** Folder of the article sources. */
    public static final String ARTICLES = "articles";

    private static final ObjectReader RESULT = ResultJson.mapper().readerFor(ArticleResult.class);
    private static final ObjectReader SOURCE = ResultJson.mapper().readerFor(ArticleSource.class);

    /** Receives the results in input order. */
    @FunctionalInterface
    public interface Consumer {
        /**
         * @param result an article result
         * @param source where its article came from
         */
        void accept(ArticleResult result, ArticleSource source);
    }

    private ExtractedResults() {}

    /**
     * @param dir the job's output folder
     * @param consumer receives every result with its source, in input order
     * @return the number of results read
     * @throws IOException where the folder is not a job's JSON output, cannot be read, or its two
     *     halves do not match; the message names the folder, the file and the line
     */
    public static long read(Path dir, Consumer consumer) throws IOException {
        Path results = dir.resolve(RESULTS);
        Path articles = dir.resolve(ARTICLES);
        if (!Files.isDirectory(results) || !Files.isDirectory(articles)) {
            String why = Files.isDirectory(articles)
                            && !parts(articles).isEmpty()
                            && parts(articles).get(0).toString().endsWith(".parquet")
                    ? "it holds Parquet tables; run the job with --format json to store its results"
                    : "not the JSON output of a whosaid-spark job (it has no " + RESULTS + "/ and " + ARTICLES
                            + "/ folders)";
            throw new IOException(dir + ": " + why);
        }
        long n = 0;
        try (Lines r = new Lines(parts(results));
                Lines a = new Lines(parts(articles))) {
            while (r.hasNext()) {
                String resultLine = r.next();
                if (!a.hasNext()) {
                    throw new IOException(r.where() + ": no article source for this result (the output is incomplete)");
                }
                String sourceLine = a.next();
                ArticleResult result;
                ArticleSource source;
                try {
                    result = RESULT.readValue(resultLine);
                    source = SOURCE.readValue(sourceLine);
                } catch (JacksonException e) {
                    throw new IOException(r.where() + " or " + a.where() + ": not an article result and its source ("
                            + e.getOriginalMessage() + ")");
                }
                if (result.text() == null
                        || !Objects.equals(result.id(), source.id())
                        || !sha256(result.text()).equals(source.contentHash())) {
                    throw new IOException(r.where() + ": the result does not match its source at " + a.where()
                            + " (the output is incomplete or mixed with another)");
                }
                consumer.accept(result, source);
                n++;
            }
            if (a.hasNext()) {
                a.next();
                throw new IOException(a.where() + ": an article source without a result (the output is incomplete)");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }

    /** The data files of a table folder in name order (Spark's part files), without markers. */
    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".crc");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The non-empty lines of files one after another, each known by file and line number. */
    private static final class Lines implements Iterator<String>, AutoCloseable {
        private final Iterator<Path> files;
        private BufferedReader reader;
        private Path file;
        private int number;
        private String next;

        Lines(List<Path> files) {
            this.files = new ArrayList<>(files).iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (reader == null) {
                        if (!files.hasNext()) {
                            return false;
                        }
                        file = files.next();
                        number = 0;
                        reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    }
                    String line = reader.readLine();
                    if (line == null) {
                        reader.close();
                        reader = null;
                    } else {
                        number++;
                        if (!line.isBlank()) {
                            next = line;
                        }
                    }
                }
                return true;
            } catch (MalformedInputException e) {
                throw new UncheckedIOException(new IOException(file + " line " + (number + 1) + ": not UTF-8 text"));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(file + ": cannot be read (" + e.getMessage() + ")"));
            }
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String line = next;
            next = null;
            return line;
        }

        String where() {
            return file + " line " + number;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
