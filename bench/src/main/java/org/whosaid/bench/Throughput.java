package org.whosaid.bench;

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
 * @param cpuSeconds processor time the whole process used during each run (all its threads, the
 *        garbage collector's included): unlike wall time, it hardly depends on other work on the machine
 */
public record Throughput(
        int threads, int articles, long tokens, double loadSeconds, List<Double> runSeconds, List<Double> cpuSeconds) {

    /** Requires at least one run, and as many processor times as runs; copies the lists. */
    public Throughput {
        if (runSeconds.isEmpty() || runSeconds.size() != cpuSeconds.size()) {
            throw new IllegalArgumentException("one wall time and one processor time per run, at least one run");
        }
        runSeconds = List.copyOf(runSeconds);
        cpuSeconds = List.copyOf(cpuSeconds);
    }

    /** Times runs: wall time and the process's processor time from {@link #start()} to {@link #stop()}. */
    public static final class Meter {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();
        private long wallStart;
        private long cpuStart;

        /** Starts a run. */
        public void start() {
            wallStart = System.nanoTime();
            cpuStart = processCpuNanos();
        }

        /** Ends the run started last. */
        public void stop() {
            wall.add((System.nanoTime() - wallStart) / 1e9);
            cpu.add((processCpuNanos() - cpuStart) / 1e9);
        }

        /**
         * @param threads articles processed at once
         * @param articles articles per run
         * @param tokens tokens per run
         * @param loadSeconds model load time
         * @return the figures of the runs timed so far
         */
        public Throughput result(int threads, int articles, long tokens, double loadSeconds) {
            return new Throughput(threads, articles, tokens, loadSeconds, wall, cpu);
        }

        private static long processCpuNanos() {
            java.lang.management.OperatingSystemMXBean os =
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
        }
    }

    /** @return the median processor time of a run in seconds */
    public double medianCpuSeconds() {
        return median(cpuSeconds);
    }

    /** @return tokens per second of processor time (median run) */
    public double tokensPerCpuSecond() {
        return tokens / medianCpuSeconds();
    }

    /** @return the median run time in seconds */
    public double medianSeconds() {
        return median(runSeconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
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
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "throughput: %d articles, %d tokens, %d thread%s; model load %.1f s; ",
                articles,
                tokens,
                threads,
                threads == 1 ? "" : "s",
                loadSeconds));
        if (runSeconds.size() == 1) {
            b.append(String.format(Locale.ROOT, "extraction %.1f s", medianSeconds()));
        } else {
            b.append(String.format(
                    Locale.ROOT,
                    "extraction %.1f s (median of %d runs, min %.1f, max %.1f)",
                    medianSeconds(),
                    runSeconds.size(),
                    minSeconds(),
                    maxSeconds()));
        }
        b.append(String.format(
                Locale.ROOT,
                " = %.2f articles/s, %.0f tokens/s (%.0f tokens/s with the load)",
                articlesPerSecond(),
                tokensPerSecond(),
                tokensPerSecondWithLoad()));
        b.append(String.format(
                Locale.ROOT,
                "; processor time %.1f s = %.0f tokens per processor-second",
                medianCpuSeconds(),
                tokensPerCpuSecond()));
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
        m.put("cpu_seconds", cpuSeconds);
        m.put("tokens_per_cpu_second", tokensPerCpuSecond());
        return m;
    }
}
