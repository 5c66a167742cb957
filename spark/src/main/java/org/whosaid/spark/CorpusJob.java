package org.whosaid.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ArticleSource;
import org.whosaid.result.ExtractedResults;
import org.whosaid.result.ResultJson;

/**
 * whosaid over a corpus on Apache Spark: reads every article of the inputs (files are spread over
 * the executors, and the articles of each file, a WARC's pages too, over all of them), finds who said
 * what in each with one extractor per executor, and writes the tables.
 *
 * <p>Run it through {@code spark-submit --class org.whosaid.spark.CorpusJob}, or {@code ./whosaid-spark}.
 */
public final class CorpusJob {

    /** Parts per core the articles are split into for extraction: small parts even out long articles. */
    private static final int PARTS_PER_CORE = 16;

    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    private static final long MAX_SHUFFLE_PARTITIONS = 2000;

    private CorpusJob() {}

    /**
     * @param args the command line: see {@link JobOptions#USAGE}
     */
    public static void main(String[] args) {
        if (args.length == 0
                || List.of(args).contains("--help")
                || List.of(args).contains("-h")) {
            System.out.println(JobOptions.USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("whosaid-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("whosaid");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        int code = 0;
        try {
            JobSummary summary = run(spark, options);
            System.err.println("whosaid-spark: " + summary);
        } catch (OutputExistsException | IllegalArgumentException e) {
            System.err.println("whosaid-spark: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job in a session.
     *
     * @param spark the session
     * @param options what to read and where to write
     * @return what it did
     * @throws OutputExistsException where the output folder exists and is not empty
     */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(options.output());
        requireEmpty(out, hadoop);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, jsc.defaultParallelism());

        InputListing listing = InputListing.of(options.inputs(), hadoop);
        Dataset<Row> files = spark.createDataFrame(
                jsc.parallelize(
                        listing.files(), Math.max(1, Math.min(listing.files().size(), 4 * cores))),
                CorpusRows.INPUTS);
        Dataset<Row> read = files.flatMap(new ReadInputs(entries(hadoop)), Encoders.row(CorpusRows.READ))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = read.filter(col("text").isNotNull());
        long articleCount = articles.count();

        if (!spark.sparkContext().getConf().contains(SHUFFLE_PARTITIONS)) {
            // Spark's default of 200 parts makes 200 tiny tasks per step for a small corpus.
            long shuffle = Math.max(2L * cores, Math.min(MAX_SHUFFLE_PARTITIONS, articleCount / 1000));
            spark.conf().set(SHUFFLE_PARTITIONS, Long.toString(shuffle));
        }
        long extractStart = System.nanoTime();
        int parts = options.partitions() > 0
                ? options.partitions()
                : (int) Math.max(1, Math.min(articleCount, (long) PARTS_PER_CORE * cores));
        Dataset<Row> extracted = articles.repartition(parts, col("inputNumber"), col("articleNumber"))
                .mapPartitions(new ExtractArticles(options), Encoders.row(CorpusRows.EXTRACTED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        extracted.count();
        double extractSeconds = (System.nanoTime() - extractStart) / 1e9;

        Dataset<Row> ok = extracted.filter(col("result").isNotNull());
        Dataset<Row> errors = spark.createDataFrame(listing.problems(), CorpusRows.ERRORS)
                .union(read.filter(col("reason").isNotNull()).select("input", "record", "reason"))
                .union(extracted.filter(col("reason").isNotNull()).select("input", "record", "reason"))
                .orderBy("input", "record");
        boolean json = options.format() == JobOptions.Format.JSON;
        Dataset<Row> articleRows = ok.flatMap(
                        new ArticleRows(json), Encoders.row(json ? ResultRows.ARTICLES_JSON : ResultRows.ARTICLES))
                .orderBy("inputNumber", "articleNumber");
        Dataset<Row> speakers = SpeakerTable.of(spark, ok);
        if (json) {
            ok.orderBy("inputNumber", "articleNumber")
                    .select("result")
                    .write()
                    .text(table(out, ExtractedResults.RESULTS));
            articleRows.write().json(table(out, ExtractedResults.ARTICLES));
            speakers.write().json(table(out, "speakers"));
            errors.write().json(table(out, "errors"));
        } else {
            articleRows.write().parquet(table(out, "articles"));
            ok.flatMap(new StatementRows(true), Encoders.row(ResultRows.STATEMENTS))
                    .write()
                    .parquet(table(out, "statements"));
            ok.flatMap(new StatementRows(false), Encoders.row(ResultRows.ENTITIES))
                    .write()
                    .parquet(table(out, "entities"));
            speakers.write().parquet(table(out, "speakers"));
            errors.write().parquet(table(out, "errors"));
        }
        List<Row> totals = ok.map(
                        (MapFunction<Row, Long>) r -> (long) statementCount(r.getAs("result")), Encoders.LONG())
                .toDF("statements")
                .selectExpr("count(*) AS articles", "coalesce(sum(statements), 0) AS statements")
                .collectAsList();
        long errorCount = errors.count();
        read.unpersist();
        extracted.unpersist();
        return new JobSummary(
                listing.files().size(),
                totals.get(0).getLong(0),
                totals.get(0).getLong(1),
                errorCount,
                extractSeconds,
                (System.nanoTime() - start) / 1e9,
                cores,
                options.output());
    }

    private static int statementCount(String json) {
        try {
            return ResultJson.read(json).attributions().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String table(Path out, String name) {
        return new Path(out, name).toString();
    }

    private static void requireEmpty(Path out, Configuration hadoop) {
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
                throw new OutputExistsException(out + ": exists and is not an empty folder; give a new one");
            }
        } catch (IOException e) {
            throw new OutputExistsException(out + ": cannot be checked (" + e.getMessage() + ")");
        }
    }

    private static Map<String, String> entries(Configuration conf) {
        Map<String, String> all = new HashMap<>();
        conf.forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    /** Thrown where the output folder holds something already: nothing is overwritten. */
    public static final class OutputExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputExistsException(String message) {
            super(message);
        }
    }

    /** An extracted article as its row of {@code articles}. */
    private static final class ArticleRows implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final boolean json;

        ArticleRows(boolean json) {
            this.json = json;
        }

        @Override
        public Iterator<Row> call(Row row) throws IOException {
            ArticleSource source = CorpusRows.source(row);
            ArticleResult result = ResultJson.read(row.getAs("result"));
            return List.of(ResultRows.article(source, result, !json)).iterator();
        }
    }

    /** An extracted article as its rows of {@code statements} or of {@code entities}. */
    private static final class StatementRows implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final boolean statements;

        StatementRows(boolean statements) {
            this.statements = statements;
        }

        @Override
        public Iterator<Row> call(Row row) throws IOException {
            ArticleSource source = CorpusRows.source(row);
            ArticleResult result = ResultJson.read(row.getAs("result"));
            List<Row> rows = new ArrayList<>(
                    statements ? ResultRows.statements(source, result) : ResultRows.entities(source, result));
            return rows.iterator();
        }
    }
}
