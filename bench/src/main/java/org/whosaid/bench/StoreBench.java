package org.whosaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;
import org.whosaid.result.ArticleResult;
import org.whosaid.store.ArticleSummary;
import org.whosaid.store.EntityRef;
import org.whosaid.store.SearchPage;
import org.whosaid.store.SpeakerSummary;
import org.whosaid.store.StatementHit;
import org.whosaid.store.StatementQuery;
import org.whosaid.store.Store;
import org.whosaid.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the store: the ingest rate with extraction, the ingest rate of the store alone, and
 * query latency over a store of many statements, each query type over repeated rounds.
 *
 * <p>Run with {@code bench/store-bench.sh}; the store is built from copies of real extraction
 * results (distinct ids, texts and dates) so that a large store needs no second extraction. The bench
 * uses only the store API that earlier versions share, so the same bench runs against an earlier
 * build's jar ({@code bench/store-compare.sh}); {@code --digest} writes every query's results, for
 * checking that two builds answer alike.
 */
@Command(
        name = "store-bench",
        mixinStandardHelpOptions = true,
        description = "Ingest rate and query latency of the store.")
public final class StoreBench implements Callable<Integer> {

    @Option(
            names = "--store",
            required = true,
            paramLabel = "DIR",
            description =
                    "Folder of the bench store: a new one is built; an existing one is filled up to --statements.")
    Path dir;

    @Option(
            names = "--extract",
            paramLabel = "INPUT",
            description = "Articles to extract and ingest first (rate with extraction).")
    Path extract;

    @Option(
            names = "--articles",
            defaultValue = "100",
            description = "How many articles of --extract. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(
            names = "--template",
            paramLabel = "DIR",
            description = "A store whose articles are copied to reach --statements (default: the bench store's own).")
    Path template;

    @Option(
            names = "--statements",
            defaultValue = "100000",
            description = "Statements the store holds before queries. Default: ${DEFAULT-VALUE}.")
    long statements;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds of queries. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(
            names = "--queries",
            defaultValue = "200",
            description = "Queries of each type per round. Default: ${DEFAULT-VALUE}.")
    int queries;

    @Option(
            names = "--digest",
            paramLabel = "FILE",
            description = "Write each query of the first round with its total and the ids of its results.")
    Path digest;

    @Option(names = "--build-only", description = "Build (or fill up) the store and measure no queries.")
    boolean buildOnly;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description = "Copies ingested at once while the store is filled. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(
            names = "--commit-every",
            defaultValue = "500",
            description = "Copies between commits while the store is filled. Default: ${DEFAULT-VALUE}.")
    int commitEvery;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StoreBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.open(dir)) {
            if (extract != null) {
                ingestWithExtraction(store);
            }
            if (store.counts().statements() < statements) {
                List<StoredArticle> pool;
                if (template != null) {
                    try (Store t = Store.openReadOnly(template)) {
                        pool = all(t);
                    }
                } else {
                    pool = all(store);
                }
                copies(store, pool);
            }
        }
        try (Store store = Store.openReadOnly(dir)) {
            System.out.println("store: " + store.counts() + ", " + size(dir) / (1024 * 1024) + " MB on disk; "
                    + Runtime.getRuntime().availableProcessors() + " processors, load average "
                    + Machine.loadAverage());
            if (!buildOnly) {
                latencies(store);
            }
        }
        return 0;
    }

    private void ingestWithExtraction(Store store) throws Exception {
        List<Article> read = new ArrayList<>();
        Inputs.read(List.of(extract), new ArticleSink() {
            @Override
            public void article(Article article) {
                if (read.size() < articles) {
                    read.add(article);
                }
            }

            @Override
            public void problem(InputException problem) {
                System.err.println("store-bench: " + problem.getMessage());
            }
        });
        Whosaid.extractor();
        long start = System.nanoTime();
        long storeNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<ArticleResult>> results = new ArrayList<>();
            for (Article a : read) {
                results.add(pool.submit(() -> Whosaid.extract(a)));
            }
            for (Future<ArticleResult> r : results) {
                ArticleResult result = r.get();
                long t = System.nanoTime();
                store.ingest(result, null);
                storeNanos += System.nanoTime() - t;
            }
        } finally {
            pool.shutdownNow();
        }
        store.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "ingest with extraction: %d articles of %s in %.1f s = %.2f articles/s"
                        + " (store share %.1f s; %d processors)%n",
                read.size(),
                extract,
                seconds,
                read.size() / seconds,
                storeNanos / 1e9,
                Runtime.getRuntime().availableProcessors());
    }

    private static List<StoredArticle> all(Store store) {
        List<StoredArticle> out = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            SearchPage<ArticleSummary> page = store.articles(offset, 500);
            page.items().forEach(s -> out.add(store.article(s.id()).orElseThrow()));
            if (!page.hasMore()) {
                return out;
            }
        }
    }

    /**
     * Copies the pool until the store holds enough statements; each copy has its own id, text and
     * dates. The copies are ingested {@code --threads} at a time and committed every {@code --commit-every}
     * or so.
     */
    private void copies(Store store, List<StoredArticle> pool) throws Exception {
        long perRound =
                pool.stream().mapToLong(a -> a.result().attributions().size()).sum();
        if (perRound == 0) {
            throw new IllegalStateException("the articles to copy hold no statements");
        }
        long have = store.counts().statements();
        int copied = 0;
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            int sinceCommit = 0;
            // Whole rounds of the pool, as many as it takes: the copies do not depend on the threads.
            for (int round = 1; have < statements; round++) {
                List<Future<Integer>> added = new ArrayList<>();
                for (StoredArticle a : pool) {
                    ArticleResult copy = copy(a, round);
                    added.add(workers.submit(() -> store.ingest(copy, null).statements()));
                }
                for (Future<Integer> f : added) {
                    have += f.get();
                }
                copied += added.size();
                sinceCommit += added.size();
                if (sinceCommit >= commitEvery) {
                    store.commit();
                    sinceCommit = 0;
                }
            }
        } finally {
            workers.shutdownNow();
        }
        store.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "ingest of the store alone: %d copied articles in %.1f s = %.0f articles/s (%d threads)%n",
                copied, seconds, copied / seconds, threads);
    }

    /** A copy of a stored article with its own id, text, publication date and outlet. */
    private static ArticleResult copy(StoredArticle a, int round) {
        ArticleResult r = a.result();
        String published = LocalDate.parse(a.published() == null ? "2016-01-01" : a.published())
                .plusDays(round % 730)
                .toString();
        return new ArticleResult(
                r.id() + "-c" + round,
                published,
                r.title(),
                r.url(),
                "outlet " + (round % 12),
                r.text() + "\n\u200b" + round,
                r.entities(),
                r.attributions());
    }

    private void latencies(Store store) throws java.io.IOException {
        Random random = new Random(42);
        List<String> speakers = store.speakers(null, 0, 200).items().stream()
                .filter(s -> !s.local())
                .map(SpeakerSummary::name)
                .toList();
        List<String> words = new ArrayList<>();
        List<String> about = new ArrayList<>();
        List<StatementQuery> spoken = new ArrayList<>();
        for (StatementHit h :
                store.search(StatementQuery.all().withPage(0, 2000)).items()) {
            List<String> long_ = Arrays.stream(h.contentText().split("\\W+"))
                    .filter(w -> w.length() > 5)
                    .toList();
            words.addAll(long_.subList(0, Math.min(2, long_.size())));
            h.about().stream().map(EntityRef::name).forEach(about::add);
            if (h.speakerName() != null && !long_.isEmpty()) {
                spoken.add(StatementQuery.all().withSpeaker(h.speakerName()).withText(long_.get(0)));
            }
        }
        Map<String, Function<Random, StatementQuery>> types = new LinkedHashMap<>();
        types.put("speaker", r -> StatementQuery.all().withSpeaker(pick(r, speakers)));
        types.put("text", r -> StatementQuery.all().withText(pick(r, words)));
        types.put(
                "text phrase",
                r -> StatementQuery.all()
                        .withText("\"" + pick(r, words) + " " + pick(r, words) + "\" | " + pick(r, words)));
        types.put("about", r -> StatementQuery.all().withAbout(pick(r, about)));
        types.put("date range", r -> {
            LocalDate from = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(900));
            return StatementQuery.all().withPeriod(from, from.plusDays(30));
        });
        types.put("speaker+text", r -> pick(r, spoken));
        types.put("speaker+dates", r -> {
            LocalDate from = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(700));
            return StatementQuery.all().withSpeaker(pick(r, speakers)).withPeriod(from, from.plusDays(180));
        });
        System.out.printf(
                "query latency, ms (20 results per query; %d rounds x %d queries per type after a warm-up round of every type)%n",
                rounds, queries);
        System.out.printf("%-20s %8s %8s %8s %8s %10s%n", "type", "p50", "p99", "p50 min", "p50 max", "mean hits");
        for (Function<Random, StatementQuery> type : types.values()) {
            run(store, type, random, queries);
        }
        List<String> digests = new ArrayList<>();
        boolean anyBound = false;
        for (Map.Entry<String, Function<Random, StatementQuery>> type : types.entrySet()) {
            double[] p50 = new double[rounds];
            double[] all = new double[rounds * queries];
            long hits = 0;
            for (int round = 0; round < rounds; round++) {
                double[] ms = new double[queries];
                for (int i = 0; i < queries; i++) {
                    StatementQuery q = type.getValue().apply(random);
                    long t = System.nanoTime();
                    SearchPage<StatementHit> page = store.search(q);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    hits += page.total();
                    boolean bound = !Machine.totalExact(page);
                    anyBound |= bound;
                    if (round == 0 && digest != null) {
                        digests.add(digest(type.getKey(), q, page, bound));
                    }
                }
                System.arraycopy(ms, 0, all, round * queries, queries);
                p50[round] = percentile(ms, 50);
            }
            Arrays.sort(p50);
            System.out.printf(
                    "%-20s %8.2f %8.2f %8.2f %8.2f %10d%n",
                    type.getKey(),
                    percentile(all, 50),
                    percentile(all, 99),
                    p50[0],
                    p50[rounds - 1],
                    hits / ((long) rounds * queries));
        }
        if (anyBound) {
            System.out.printf(
                    "mean hits: totals past %d are counted as that many (the total is then a lower bound)%n", 10_000);
        }
        if (digest != null) {
            Files.write(digest, digests);
        }
    }

    /** One query's line of the digest: type, query, total (with + where a lower bound) and results. */
    private static String digest(String type, StatementQuery q, SearchPage<StatementHit> page, boolean bound) {
        StringBuilder b = new StringBuilder(type)
                .append('\t')
                .append(q.text())
                .append('|')
                .append(q.speaker())
                .append('|')
                .append(q.about())
                .append('|')
                .append(q.from())
                .append('|')
                .append(q.to())
                .append('\t')
                .append(page.total())
                .append(bound ? "+" : "")
                .append('\t');
        for (StatementHit h : page.items()) {
            b.append(h.articleId()).append('/').append(h.statementId()).append(' ');
        }
        return b.toString().strip();
    }

    private static void run(Store store, Function<Random, StatementQuery> type, Random random, int n) {
        for (int i = 0; i < n; i++) {
            store.search(type.apply(random));
        }
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
