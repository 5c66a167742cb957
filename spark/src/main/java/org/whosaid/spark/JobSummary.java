package org.whosaid.spark;

import java.util.Locale;

/**
 * What a corpus job did.
 *
 * @param inputs input files read
 * @param articles articles extracted
 * @param statements statements found
 * @param errors rows of the errors table: inputs, records and articles that gave no result
 * @param extractSeconds time spent extracting, model loading included
 * @param totalSeconds time of the whole job, from listing the inputs to the last table written
 * @param cores the cores the job ran on (Spark's default parallelism)
 * @param output where the tables are
 */
public record JobSummary(
        long inputs,
        long articles,
        long statements,
        long errors,
        double extractSeconds,
        double totalSeconds,
        int cores,
        String output) {

    /** @return articles extracted per second of extraction */
    public double articlesPerSecond() {
        return extractSeconds > 0 ? articles / extractSeconds : 0;
    }

    /** @return one line for people, the figures a benchmark reads among them */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%d inputs, %d articles, %d statements, %d errors; extraction %.1f s on %d cores (%.2f articles/s),"
                        + " job %.1f s; tables in %s",
                inputs,
                articles,
                statements,
                errors,
                extractSeconds,
                cores,
                articlesPerSecond(),
                totalSeconds,
                output);
    }
}
