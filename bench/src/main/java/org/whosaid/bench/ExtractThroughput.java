package org.whosaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.ScoredArticle;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The speed of whosaid's extraction over the texts of a gold folder: the model load, then the whole
 * corpus extracted several times in the same JVM, on a given number of threads. The predictions of
 * the last run can be written for {@code whosaid eval --pred} to score.
 */
@Command(
        name = "extract-throughput",
        mixinStandardHelpOptions = true,
        description = "Extraction throughput over the texts of a gold folder (DIR/text/*.txt).")
public final class ExtractThroughput implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the last run's results as DIR/NAME.json.")
    Path out;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description = "Articles extracted at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs over the corpus. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a line.")
    boolean json;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractThroughput()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || repeat < 1) {
            System.err.println("extract-throughput: --threads and --repeat must be at least 1");
            return 2;
        }
        GoldCorpus corpus = GoldCorpus.load(gold);
        long t0 = System.nanoTime();
        Whosaid.extractor();
        double load = (System.nanoTime() - t0) / 1e9;
        Map<String, ArticleResult> results = new ConcurrentHashMap<>();
        Throughput.Meter meter = new Throughput.Meter();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < repeat; r++) {
                results.clear();
                meter.start();
                List<Future<?>> jobs = new ArrayList<>();
                for (ScoredArticle a : corpus.articles().values()) {
                    jobs.add(pool.submit(() -> results.put(
                            a.name(),
                            Whosaid.extract(Article.of(a.name(), a.text().string(), null)))));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
                meter.stop();
            }
        } finally {
            pool.shutdownNow();
        }
        if (out != null) {
            Files.createDirectories(out);
            for (ArticleResult r : results.values()) {
                ResultJson.write(r, out.resolve(r.id() + ".json"));
            }
        }
        Throughput throughput = meter.result(threads, corpus.articles().size(), corpus.tokenCount(), load);
        System.out.println(json ? ResultJson.mapper().writeValueAsString(throughput.json()) : throughput.describe());
        return 0;
    }
}
