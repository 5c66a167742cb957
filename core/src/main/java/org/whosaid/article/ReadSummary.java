package org.whosaid.article;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one input holding many records (an archive, a feed, a line file) gave: how many records it
 * had, how many became articles, how many were damaged, and how many were passed over and why.
 *
 * @param input the input's name
 * @param unit what its records are called ("records", "items", "lines")
 * @param records records seen
 * @param articles records read as articles
 * @param damaged records reported as problems
 * @param skipped records passed over on purpose, by reason ("request", "status 404", "not HTML")
 */
public record ReadSummary(
        String input, String unit, int records, int articles, int damaged, Map<String, Integer> skipped) {

    /** Copies the reasons so the summary stays immutable, in the order they were first met. */
    public ReadSummary {
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** @return the total of records passed over */
    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return one line for people, e.g. "a.warc.gz: 5 records, 1 article; skipped request (2), status 404 (1)" */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(input)
                .append(": ")
                .append(records)
                .append(' ')
                .append(unit)
                .append(", ")
                .append(articles)
                .append(articles == 1 ? " article" : " articles");
        if (damaged > 0) {
            b.append(", ").append(damaged).append(" damaged");
        }
        if (!skipped.isEmpty()) {
            b.append("; skipped");
            String sep = " ";
            for (Map.Entry<String, Integer> e : skipped.entrySet()) {
                b.append(sep)
                        .append(e.getKey())
                        .append(" (")
                        .append(e.getValue())
                        .append(')');
                sep = ", ";
            }
        }
        return b.toString();
    }

    /** Counts as a reader goes through an input. */
    static final class Tally {
        private final String input;
        private final String unit;
        private final Map<String, Integer> skipped = new LinkedHashMap<>();
        private int records;
        private int articles;
        private int damaged;

        Tally(String input, String unit) {
            this.input = input;
            this.unit = unit;
        }

        void record() {
            records++;
        }

        void article() {
            articles++;
        }

        void damaged() {
            damaged++;
        }

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        ReadSummary summary() {
            return new ReadSummary(input, unit, records, articles, damaged, skipped);
        }
    }
}
