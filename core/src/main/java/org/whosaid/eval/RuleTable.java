package org.whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much each rule brings: for every rule named in the predictions' {@code rule} fields (finding,
 * source mention and speaker rules alike), how many statements it had a hand in, and how many of
 * those were content-matched and attributed under the scorer's matching.
 */
public final class RuleTable {

    /** One rule's tally. */
    public record Row(String rule, int statements, int contentMatched, int attributed) {

        /** @return the share of its statements that were content-matched */
        public double contentPrecision() {
            return statements == 0 ? 0 : (double) contentMatched / statements;
        }

        /** @return the share of its statements that were attributed */
        public double attributedPrecision() {
            return statements == 0 ? 0 : (double) attributed / statements;
        }
    }

    private RuleTable() {}

    /**
     * @param gold the gold corpus
     * @param pred predictions for it, with their rules
     * @return one row per rule, the most productive first
     */
    public static List<Row> rows(GoldCorpus gold, Predictions pred) {
        Map<String, int[]> tally = new TreeMap<>();
        Map<String, List<Scorer.Outcome>> outcomes = Scorer.outcomes(gold, pred);
        outcomes.forEach((article, each) -> {
            List<String> rules = pred.rules().getOrDefault(article, List.of());
            for (int i = 0; i < each.size(); i++) {
                String rule = i < rules.size() && !rules.get(i).isEmpty() ? rules.get(i) : "(none)";
                for (String part : rule.split("\\+")) {
                    int[] t = tally.computeIfAbsent(part, k -> new int[3]);
                    t[0]++;
                    t[1] += each.get(i).contentMatched() ? 1 : 0;
                    t[2] += each.get(i).attributed() ? 1 : 0;
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        tally.forEach((rule, t) -> rows.add(new Row(rule, t[0], t[1], t[2])));
        rows.sort((a, b) -> Integer.compare(b.statements(), a.statements()));
        return List.copyOf(rows);
    }

    /**
     * @param rows the rows
     * @return them as a text table
     */
    public static String text(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-24s %10s %16s %16s%n", "rule", "statements", "content-matched", "attributed"));
        for (Row r : rows) {
            b.append(String.format(
                    "%-24s %10d %9d (%.3f) %9d (%.3f)%n",
                    r.rule(),
                    r.statements(),
                    r.contentMatched(),
                    r.contentPrecision(),
                    r.attributed(),
                    r.attributedPrecision()));
        }
        return b.toString();
    }
}
