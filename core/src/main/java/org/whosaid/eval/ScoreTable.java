package org.whosaid.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of an evaluation: the reference scorer's text table, line for line, and its JSON object
 * (as nested maps with sorted keys, ready for any JSON writer).
 */
public final class ScoreTable {

    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("content_matched", "content-matched (Dice>=0.5)");
        ROWS.put("attributed", "attributed (+source overlap)");
        ROWS.put("dq_content_matched", "DQ content-matched");
        ROWS.put("dq_attributed", "DQ attributed");
    }

    private ScoreTable() {}

    /**
     * @param s the scores
     * @param gold the gold folder as shown
     * @param pred the predictions as shown (a folder, or a description)
     * @param mismatches examples of span text mismatches to list, or an empty list
     * @return the text report, one figure per column as the reference scorer prints it
     */
    public static String text(Scores s, String gold, String pred, List<String> mismatches) {
        Scores.Counts cn = s.counts();
        GoldStats g = s.goldStats();
        PredStats p = s.predStats();
        StringBuilder b = new StringBuilder();
        b.append("gold: ").append(gold).append("\npred: ").append(pred).append('\n');
        b.append(String.format(
                Locale.ROOT,
                "articles: %d  (multi-annotator articles scored on first .ann: %d; pred files missing: %d, "
                        + "unreadable: %d, extra ignored: %d)\n",
                cn.articles(),
                g.multiAnnotator(),
                p.filesMissing(),
                p.filesUnreadable(),
                p.filesExtra()));
        b.append(String.format(
                Locale.ROOT,
                "gold attributions: %d  (direct-quote %d = %s%%; no source %d; discontinuous content %d; "
                        + "dropped without content %d)\n",
                cn.goldAttributions(),
                cn.goldDirectQuote(),
                fixed(100.0 * cn.goldDirectQuote() / Math.max(1, cn.goldAttributions()), 1),
                g.noSource(),
                g.discontinuousContent(),
                g.droppedNoContent()));
        b.append(String.format(
                Locale.ROOT,
                "pred attributions: %d  (direct-quote %d)\n",
                cn.predAttributions(),
                cn.predDirectQuote()));
        b.append(String.format(
                Locale.ROOT,
                "pred span text check: %d spans with text, %d mismatches, %d invalid offsets\n",
                p.spansWithText(),
                p.textMismatch(),
                p.invalidOffsets()));
        for (String m : mismatches) {
            b.append("  mismatch ").append(m).append('\n');
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%-8s  %-30s  %-30s\n", "role", "exact span", "token overlap"));
        for (Role r : Role.values()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-8s  %-30s  %-30s\n",
                    r.label(),
                    figures(s.exact().get(r)),
                    figures(s.token().get(r))));
        }
        b.append('\n');
        b.append("attribution level (1:1 greedy match on content-token Dice)\n");
        Map<String, Prf> rows = attributionLevel(s);
        ROWS.forEach((key, label) -> {
            Prf m = rows.get(key);
            b.append(String.format(
                    Locale.ROOT,
                    "  %-29s %s   [pred %d/%d, gold %d/%d]\n",
                    label,
                    figures(m),
                    m.tpPred(),
                    m.nPred(),
                    m.tpGold(),
                    m.nGold()));
        });
        return b.toString();
    }

    /**
     * @param s the scores
     * @param gold the gold folder as shown
     * @param pred the predictions as shown
     * @return the reference scorer's JSON object, keys sorted
     */
    public static Map<String, Object> json(Scores s, String gold, String pred) {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Object> roles = new TreeMap<>();
        for (Role r : Role.values()) {
            roles.put(
                    r.label(),
                    new TreeMap<>(Map.of(
                            "exact",
                            prf(s.exact().get(r)),
                            "token",
                            prf(s.token().get(r)))));
        }
        out.put("roles", roles);
        Map<String, Object> attribution = new TreeMap<>();
        attributionLevel(s).forEach((k, v) -> attribution.put(k, prf(v)));
        out.put("attribution", attribution);
        Scores.Counts cn = s.counts();
        out.put(
                "counts",
                new TreeMap<>(Map.of(
                        "articles",
                        cn.articles(),
                        "gold_attributions",
                        cn.goldAttributions(),
                        "pred_attributions",
                        cn.predAttributions(),
                        "gold_direct_quote",
                        cn.goldDirectQuote(),
                        "pred_direct_quote",
                        cn.predDirectQuote())));
        GoldStats g = s.goldStats();
        out.put(
                "gold_stats",
                new TreeMap<>(Map.of(
                        "gold_dropped_no_content",
                        g.droppedNoContent(),
                        "gold_discontinuous_content",
                        g.discontinuousContent(),
                        "gold_no_source",
                        g.noSource(),
                        "gold_no_cue",
                        g.noCue(),
                        "articles_multi_annotator",
                        g.multiAnnotator(),
                        "articles_without_ann",
                        g.withoutAnnotation())));
        PredStats p = s.predStats();
        out.put(
                "pred_stats",
                new TreeMap<>(Map.of(
                        "pred_files_missing",
                        p.filesMissing(),
                        "pred_files_unreadable",
                        p.filesUnreadable(),
                        "pred_files_extra",
                        p.filesExtra(),
                        "pred_spans_with_text",
                        p.spansWithText(),
                        "pred_text_mismatch",
                        p.textMismatch(),
                        "pred_invalid_offsets",
                        p.invalidOffsets())));
        out.put("gold", gold);
        out.put("pred", pred);
        return out;
    }

    /**
     * @param m figures
     * @return {@code P 0.000  R 0.000  F1 0.000}
     */
    public static String figures(Prf m) {
        return "P " + fixed(m.p(), 3) + "  R " + fixed(m.r(), 3) + "  F1 " + fixed(m.f1(), 3);
    }

    /**
     * Formats as Python's {@code %.Nf}: the exact binary value rounded half to even.
     *
     * @param value a number
     * @param decimals digits after the point
     * @return the text
     */
    public static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Map<String, Prf> attributionLevel(Scores s) {
        Map<String, Prf> m = new LinkedHashMap<>();
        m.put("content_matched", s.contentMatched());
        m.put("attributed", s.attributed());
        m.put("dq_content_matched", s.dqContentMatched());
        m.put("dq_attributed", s.dqAttributed());
        return m;
    }

    private static Map<String, Object> prf(Prf m) {
        return new TreeMap<>(Map.of(
                "p",
                m.p(),
                "r",
                m.r(),
                "f1",
                m.f1(),
                "tp_pred",
                m.tpPred(),
                "n_pred",
                m.nPred(),
                "tp_gold",
                m.tpGold(),
                "n_gold",
                m.nGold()));
    }
}
