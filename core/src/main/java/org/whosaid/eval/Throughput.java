package org.whosaid.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How fast a corpus was processed: model load time, and the wall time of each repeated run over all
 * articles, with the median and spread of articles and tokens per second.
 *
 * @param threads articles processed at once
 * @param articles articles per run
 * @param tokens tokens per run, counted as the scorer counts them
 * @param loadSeconds time to load the models, before the first run
 * @param runSeconds wall time of each run
 */
public record Throughput(int threads, int articles, long tokens, double loadSeconds, List<Double> runSeconds) {

    /** Requires at least one run; copies the list. */
    public Throughput {
        if (runSeconds.isEmpty()) {
            throw new IllegalArgumentException("no run");
        }
        runSeconds = List.copyOf(runSeconds);
    }

    /** @return the median run time in seconds */
    public double medianSeconds() {
        List<Double> sorted = new ArrayList<>(runSeconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** @return the fastest run time in seconds */
    public double minSeconds() {
        return Collections.min(runSeconds);
    }

    /** @return the slowest run time in seconds */
    public double maxSeconds() {
        return Collections.max(runSeconds);
    }

    /** @return tokens per second of the median run, load time excluded */
    public double tokensPerSecond() {
        return tokens / medianSeconds();
    }

    /** @return articles per second of the median run, load time excluded */
    public double articlesPerSecond() {
        return articles / medianSeconds();
    }

    /** @return tokens per second of one run with the model load counted in */
    public double tokensPerSecondWithLoad() {
        return tokens / (loadSeconds + medianSeconds());
    }

    /** @return one line for people */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "throughput: %d articles, %d tokens, %d thread%s; model load %.1f s; ",
                articles, tokens, threads, threads == 1 ? "" : "s", loadSeconds));
        if (runSeconds.size() == 1) {
            b.append(String.format(Locale.ROOT, "extraction %.1f s", medianSeconds()));
        } else {
            b.append(String.format(Locale.ROOT, "extraction %.1f s (median of %d runs, min %.1f, max %.1f)",
                    medianSeconds(), runSeconds.size(), minSeconds(), maxSeconds()));
        }
        b.append(String.format(Locale.ROOT, " = %.2f articles/s, %.0f tokens/s (%.0f tokens/s with the load)",
                articlesPerSecond(), tokensPerSecond(), tokensPerSecondWithLoad()));
        return b.toString();
    }

    /** @return the figures as a JSON-ready map, keys sorted */
    public Map<String, Object> json() {
        Map<String, Object> m = new TreeMap<>();
        m.put("threads", threads);
        m.put("articles", articles);
        m.put("tokens", tokens);
        m.put("load_seconds", loadSeconds);
        m.put("run_seconds", runSeconds);
        m.put("median_seconds", medianSeconds());
        m.put("articles_per_second", articlesPerSecond());
        m.put("tokens_per_second", tokensPerSecond());
        m.put("tokens_per_second_min", tokens / maxSeconds());
        m.put("tokens_per_second_max", tokens / minSeconds());
        m.put("tokens_per_second_with_load", tokensPerSecondWithLoad());
        return m;
    }
}
