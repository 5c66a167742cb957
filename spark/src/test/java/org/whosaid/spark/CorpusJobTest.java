package org.whosaid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;
import org.whosaid.result.Attribution;
import org.whosaid.result.ExtractedResults;
import org.whosaid.result.ResultJson;
import org.whosaid.store.SpeakerRecord;
import org.whosaid.store.SpeakerSummary;
import org.whosaid.store.Store;

/**
 * The job on a local Spark with two cores, against extraction as the command line does it, on the
 * bundled examples, a few PolNeAR articles, a damaged WARC and a binary file.
 */
class CorpusJobTest {

    static final LocalDate PUBLISHED = LocalDate.parse("2017-03-31");

    @TempDir
    static Path dir;

    static List<Path> inputs;
    static CliWay cli;
    static Path jsonOut;
    static JobSummary jsonSummary;
    static Path parquetOut;
    static CliWay parquetCli;

    @BeforeAll
    static void run() throws IOException {
        List<Path> in = new ArrayList<>();
        in.add(SharedData.examples());
        in.addAll(TestInputs.polnear());
        in.add(TestInputs.damagedWarc(dir.resolve("damaged.warc.gz")));
        in.add(TestInputs.binary(dir.resolve("scan.txt")));
        inputs = List.copyOf(in);
        cli = CliWay.extract(inputs, PUBLISHED);
        SparkSession spark = LocalSpark.session();
        List<String> names = inputs.stream().map(Path::toString).toList();
        jsonOut = dir.resolve("json");
        jsonSummary = CorpusJob.run(spark, JobOptions.of(names, jsonOut.toString(), JobOptions.Format.JSON, PUBLISHED));
        System.err.println("json: " + jsonSummary);
        // The tables in Parquet, of fewer articles to keep the tests short.
        List<Path> few = List.of(
                SharedData.examples().resolve("flynn-immunity.txt"),
                inputs.get(inputs.size() - 2),
                inputs.get(inputs.size() - 1));
        parquetCli = CliWay.extract(few, PUBLISHED);
        parquetOut = dir.resolve("parquet");
        System.err.println("parquet: "
                + CorpusJob.run(
                        spark,
                        JobOptions.of(
                                few.stream().map(Path::toString).toList(),
                                parquetOut.toString(),
                                JobOptions.Format.PARQUET,
                                PUBLISHED)));
    }

    static List<String> lines(Path table) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(table)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    @Test
    void everyArticleHasTheResultOfWhosaidExtractInInputOrder() throws IOException {
        List<String> results = lines(jsonOut.resolve("results"));
        assertTrue(
                cli.results().size() >= 6,
                "the examples and the readable WARC pages: " + cli.results().size());
        assertEquals(cli.results().size(), results.size(), "one line per article");
        for (int i = 0; i < results.size(); i++) {
            JsonNode expected =
                    ResultJson.mapper().readTree(ResultJson.write(cli.results().get(i)));
            JsonNode actual = ResultJson.mapper().readTree(results.get(i));
            assertEquals(expected, actual, "article " + cli.articles().get(i).origin());
        }
        assertEquals(cli.results().size(), jsonSummary.articles());
        assertEquals(
                cli.results().stream().mapToLong(r -> r.attributions().size()).sum(), jsonSummary.statements());
    }

    @Test
    void unreadableInputsAndRecordsAreErrorsAsTheCommandReportsThem() throws IOException {
        List<String> errors = new ArrayList<>();
        for (String line : lines(jsonOut.resolve("errors"))) {
            JsonNode e = ResultJson.mapper().readTree(line);
            String where = e.path("input").asText()
                    + (e.hasNonNull("record") ? " " + e.get("record").asText() : "");
            errors.add(where + ": " + e.path("reason").asText());
        }
        assertEquals(new TreeSet<>(cli.problems()), new TreeSet<>(errors));
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith(dir.resolve("scan.txt") + ": binary content")),
                errors.toString());
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith(dir.resolve("damaged.warc.gz") + " record 2 at byte ")),
                errors.toString());
        assertEquals(errors.size(), jsonSummary.errors());
        List<String> urls = cli.articles().stream().map(a -> a.url()).toList();
        assertTrue(urls.contains("https://news.example.org/2024/page-3"), "the page after the damage is read: " + urls);
    }

    @Test
    void parquetTablesHoldEveryFieldOfEveryStatement() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> articles =
                spark.read().parquet(parquetOut.resolve("articles").toString());
        Dataset<Row> statements =
                spark.read().parquet(parquetOut.resolve("statements").toString());
        Set<String> columns = Set.of(statements.columns());
        for (RecordComponent c : Attribution.class.getRecordComponents()) {
            assertTrue(columns.contains(c.getName()), "statements has a column " + c.getName());
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Row a : articles.collectAsList()) {
            String key = a.getAs("inputNumber") + "/" + a.getAs("articleNumber");
            texts.put(key, a.getAs("text"));
            origins.put(key, a.getAs("origin"));
        }
        Map<String, Attribution> expected = new HashMap<>();
        for (int i = 0; i < parquetCli.results().size(); i++) {
            for (Attribution a : parquetCli.results().get(i).attributions()) {
                expected.put(parquetCli.articles().get(i).origin() + "\u0000" + a.id(), a);
            }
        }
        assertEquals(parquetCli.results().size(), texts.size(), "one row per article");
        List<Row> rows = statements.collectAsList();
        assertEquals(expected.size(), rows.size(), "one row per statement");
        for (Row row : rows) {
            String key = row.getAs("inputNumber") + "/" + row.getAs("articleNumber");
            String text = texts.get(key);
            Attribution a = expected.get(origins.get(key) + "\u0000" + row.getAs("id"));
            String where = row.getAs("articleId") + " " + row.getAs("id");
            assertEquals(a.kind().label(), row.getAs("kind"), where);
            assertEquals(a.rule(), row.getAs("rule"), where);
            assertEquals(a.speaker(), row.getAs("speaker"), where);
            assertEquals(a.speakers(), row.getList(row.fieldIndex("speakers")), where);
            assertEquals(a.speakerName(), row.getAs("speakerName"), where);
            assertEquals(a.date(), row.getAs("date"), where);
            assertEquals(a.channel(), row.getAs("channel"), where);
            assertEquals(a.confidence(), row.getAs("confidence"), where);
            List<Row> content = row.getList(row.fieldIndex("content"));
            assertEquals(a.content().size(), content.size(), where);
            for (Row span : content) {
                int start = span.getAs("start");
                int end = span.getAs("end");
                assertEquals(text.substring(start, end), span.getAs("text"), where);
            }
            Row source = row.getAs("source");
            if (a.source() == null) {
                assertNull(source, where);
            } else {
                assertEquals(a.source().text(), source.getAs("text"), where);
            }
        }
        Dataset<Row> errors = spark.read().parquet(parquetOut.resolve("errors").toString());
        assertEquals(
                new TreeSet<>(parquetCli.problems()),
                errors.collectAsList().stream()
                        .map(e -> e.getAs("input") + (e.getAs("record") == null ? "" : " " + e.getAs("record")) + ": "
                                + e.getAs("reason"))
                        .collect(Collectors.toCollection(TreeSet::new)));
        long entities = parquetCli.results().stream()
                .mapToLong(r -> r.entities().size())
                .sum();
        assertEquals(
                entities,
                spark.read().parquet(parquetOut.resolve("entities").toString()).count());
        assertEquals(
                Arrays.asList("articles", "entities", "errors", "speakers", "statements"),
                Arrays.stream(parquetOut.toFile().list()).sorted().toList());
    }

    @Test
    void theStoreAnswersAfterIngestingTheOutputAsAfterADirectIngest() throws IOException {
        try (Store direct = Store.open(dir.resolve("direct"));
                Store extracted = Store.open(dir.resolve("extracted"))) {
            for (int i = 0; i < cli.articles().size(); i++) {
                // As whosaid ingest does: a text already stored is skipped.
                if (!direct.containsText(cli.articles().get(i).text())) {
                    direct.ingest(cli.results().get(i), cli.articles().get(i));
                }
            }
            direct.commit();
            long read = ExtractedResults.read(jsonOut, (r, s) -> extracted.ingestExtracted(r, s.origin()));
            extracted.commit();
            assertEquals(cli.results().size(), read);
            StoreComparison.assertSameAnswers(direct, extracted);
        }
    }

    @Test
    void theSpeakersTableHoldsTheStoresSpeakerRecords() throws IOException {
        try (Store store = Store.open(dir.resolve("speakers"))) {
            ExtractedResults.read(jsonOut, (r, s) -> store.ingestExtracted(r, s.origin()));
            store.commit();
            Map<String, SpeakerSummary> summaries = new HashMap<>();
            store.speakers(null, 0, 100_000).items().forEach(s -> summaries.put(s.id(), s));
            List<String> rows = lines(jsonOut.resolve("speakers"));
            assertEquals(summaries.size(), rows.size(), "one row per speaker");
            assertTrue(
                    summaries.containsKey("p-donald-trump"), summaries.keySet().toString());
            List<String> order = new ArrayList<>();
            for (String line : rows) {
                JsonNode row = ResultJson.mapper().readTree(line);
                String id = row.get("id").asText();
                order.add(id);
                SpeakerRecord record = store.speaker(id).orElseThrow(() -> new AssertionError("no speaker " + id));
                SpeakerSummary summary = summaries.get(id);
                assertEquals(record.name(), row.get("name").asText(), id);
                assertEquals(record.type(), row.get("type").asText(), id);
                assertEquals(record.local(), row.get("local").asBoolean(), id);
                assertEquals(
                        record.mergeKey(),
                        row.hasNonNull("mergeKey") ? row.get("mergeKey").asText() : null,
                        id);
                assertEquals(StoreComparison.json(record.aliases()), row.get("aliases"), id);
                assertEquals(StoreComparison.json(record.titles()), row.get("titles"), id);
                assertEquals(summary.articles(), row.get("articles").asLong(), id);
                assertEquals(summary.statements(), row.get("statements").asLong(), id);
            }
            assertEquals(
                    store.speakers(null, 0, 100_000).items().stream()
                            .map(SpeakerSummary::id)
                            .toList(),
                    order,
                    "most articles first, as the store lists them");
        }
    }
}
