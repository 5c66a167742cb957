package org.whosaid.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a few threads and hands their results on in submission order, keeping only a
 * bounded number in flight so that a long input stream never piles up in memory. A failed task is
 * reported as one line and the batch goes on.
 *
 * @param <T> the result type
 */
final class Batch<T> implements AutoCloseable {

    /** What is done with each result, on the submitting thread. */
    @FunctionalInterface
    interface Consumer<T> {
        void accept(T value) throws Exception;
    }

    private record Job<T>(String name, Future<T> future) {}

    private final ExecutorService pool;
    private final int window;
    private final Consumer<T> consumer;
    private final Deque<Job<T>> pending = new ArrayDeque<>();
    private int failures;

    Batch(int threads, Consumer<T> consumer) {
        int n = Extraction.threads(threads);
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "whosaid-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * n;
        this.consumer = consumer;
    }

    void submit(String name, java.util.concurrent.Callable<T> task) {
        pending.add(new Job<>(name, pool.submit(task)));
        while (pending.size() > window) {
            drainOne();
        }
    }

    /** @return the number of tasks that failed */
    int finish() {
        while (!pending.isEmpty()) {
            drainOne();
        }
        return failures;
    }

    private void drainOne() {
        Job<T> job = pending.poll();
        try {
            consumer.accept(job.future().get());
        } catch (ExecutionException e) {
            failures++;
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Errors.report(job.name() + ": extraction failed (" + cause + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            failures++;
            Errors.report(job.name() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
