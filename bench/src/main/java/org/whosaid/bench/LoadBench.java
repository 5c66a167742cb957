package org.whosaid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Many clients at once against a running whosaid server: each client sends its next request as soon
 * as it has the answer to the last, for a fixed time, with a mix of searches, speaker and article
 * pages drawn from what the server holds. Prints throughput and latency percentiles per number of
 * clients, over repeated rounds. Sends only to the address it is given (127.0.0.1 in the script).
 */
@Command(
        name = "load-bench",
        mixinStandardHelpOptions = true,
        description = "Throughput and latency of a whosaid server under concurrent clients.")
public final class LoadBench implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "The server, e.g. http://127.0.0.1:7070.")
    String url;

    @Option(
            names = "--clients",
            split = ",",
            defaultValue = "10,50,100",
            description = "Numbers of concurrent clients. Default: ${DEFAULT-VALUE}.")
    int[] clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of a round. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Rounds per number of clients. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Seconds of load before the first round. Default: ${DEFAULT-VALUE}.")
    int warmup;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One round's outcome. */
    private record Round(int clients, long answered, long failed, double seconds, double[] millis) {}

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> paths = requests();
        System.out.printf(
                "%s: %d request kinds drawn from the store; %d processors, load average %s%n",
                url, paths.size(), Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        run(paths, clients[clients.length - 1], warmup);
        System.out.printf(
                "%-8s %10s %8s %10s %9s %9s %9s %12s%n",
                "clients", "answered", "failed", "req/s", "p50 ms", "p99 ms", "max ms", "p99 spread");
        for (int c : clients) {
            List<Round> done = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                done.add(run(paths, c, seconds));
            }
            print(c, done);
        }
        return 0;
    }

    /** Requests a reader of the web page makes, with values taken from the store. */
    private List<String> requests() throws IOException, InterruptedException {
        List<String> words = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode hit : get("/api/statements?size=100").get("items")) {
            for (String w : hit.path("content").path(0).path("text").asText().split("\\W+")) {
                if (w.length() > 5) {
                    words.add(w);
                }
            }
            hit.path("about").forEach(a -> names.add(a.path("name").asText()));
        }
        List<String> speakers = new ArrayList<>();
        get("/api/speakers?size=100")
                .get("items")
                .forEach(s -> speakers.add(s.get("id").asText()));
        List<String> articles = new ArrayList<>();
        get("/api/articles?size=100")
                .get("items")
                .forEach(a -> articles.add(a.get("id").asText()));
        if (words.isEmpty() || names.isEmpty() || speakers.isEmpty() || articles.isEmpty()) {
            throw new IllegalStateException(url + ": the store is too small to draw requests from");
        }
        Random random = new Random(42);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int kind = random.nextInt(20);
            LocalDate from = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(700));
            paths.add(
                    kind < 6
                            ? "/api/statements?q=" + enc(pick(random, words))
                            : kind < 9
                                    ? "/api/statements?speaker=" + enc(pick(random, names))
                                    : kind < 11
                                            ? "/api/statements?about=" + enc(pick(random, names))
                                            : kind < 13
                                                    ? "/api/statements?from=" + from + "&to=" + from.plusDays(30)
                                                    : kind < 14
                                                            ? "/api/statements"
                                                            : kind < 16
                                                                    ? "/api/speakers/" + enc(pick(random, speakers))
                                                                    : kind < 19
                                                                            ? "/api/articles/"
                                                                                    + enc(pick(random, articles))
                                                                            : "/api/counts");
        }
        return paths;
    }

    private Round run(List<String> paths, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                results.add(pool.submit(() -> client(paths, first, end)));
            }
            List<Double> millis = new ArrayList<>();
            long failed = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get();
                failed += r[0];
                for (int i = 1; i < r.length; i++) {
                    millis.add(r[i] / 1e6);
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Round(
                    clients,
                    millis.size(),
                    failed,
                    elapsed,
                    millis.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's loop: [failures, latency of each answered request in ns...]. */
    private long[] client(List<String> paths, int first, long end) {
        long[] out = new long[1024];
        int n = 1;
        for (int i = first * 37; System.nanoTime() < end; i++) {
            String path = paths.get(i % paths.size());
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = client.send(
                        HttpRequest.newBuilder(URI.create(url + path))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    out[0]++;
                    continue;
                }
            } catch (IOException e) {
                out[0]++;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = System.nanoTime() - t;
        }
        return Arrays.copyOf(out, n);
    }

    private static void print(int clients, List<Round> rounds) {
        double[] p99 = rounds.stream()
                .mapToDouble(r -> percentile(r.millis(), 99))
                .sorted()
                .toArray();
        long answered = rounds.stream().mapToLong(Round::answered).sum();
        long failed = rounds.stream().mapToLong(Round::failed).sum();
        double seconds = rounds.stream().mapToDouble(Round::seconds).sum();
        double[] all =
                rounds.stream().flatMapToDouble(r -> Arrays.stream(r.millis())).toArray();
        System.out.printf(
                "%-8d %10d %8d %10.0f %9.1f %9.1f %9.1f %5.0f-%-6.0f%n",
                clients,
                answered,
                failed,
                answered / seconds,
                percentile(all, 50),
                percentile(all, 99),
                percentile(all, 100),
                p99[0],
                p99[p99.length - 1]);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + path + ": " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
