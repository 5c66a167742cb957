package org.whosaid.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.article.InputException;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;

/**
 * Predicted statements of the gold articles, read from {@code NAME.json} files in the output format
 * (only {@code attributions[].cue/source/content} are read; cue and source may also be lists of spans,
 * content a single span) or taken from results in memory.
 *
 * @param byArticle the statements of each gold article (none where its prediction is missing)
 * @param rules each statement's {@code rule}, in the same order (empty where it has none)
 * @param confidences each statement's {@code confidence}, in the same order (null where it has none)
 * @param stats what was noticed while reading
 * @param mismatches the first spans whose text differs from the article, described
 * @param warnings one line for each prediction file that could not be read
 */
public record Predictions(
        Map<String, List<ScoredAttribution>> byArticle,
        Map<String, List<String>> rules,
        Map<String, List<Double>> confidences,
        PredStats stats,
        List<String> mismatches,
        List<String> warnings) {

    private static final int MAX_EXAMPLES = 10;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Copies the collections so the record stays immutable. */
    public Predictions {
        byArticle = Collections.unmodifiableMap(new LinkedHashMap<>(byArticle));
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        confidences = Collections.unmodifiableMap(new LinkedHashMap<>(confidences));
        mismatches = List.copyOf(mismatches);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads a folder of prediction files. Their offsets are code point indices, as the reference
     * scorer reads them.
     *
     * @param folder holds {@code NAME.json} for the gold article {@code NAME}
     * @param gold the gold articles
     * @return the predictions
     * @throws InputException where the folder cannot be listed
     */
    public static Predictions read(Path folder, GoldCorpus gold) throws InputException {
        Set<String> present = new HashSet<>();
        for (Path f : GoldCorpus.list(folder, ".json")) {
            present.add(GoldCorpus.stem(f, ".json"));
        }
        Reading r = new Reading();
        r.stats.filesExtra = (int)
                present.stream().filter(n -> !gold.articles().containsKey(n)).count();
        for (ScoredArticle article : gold.articles().values()) {
            Path file = folder.resolve(article.name() + ".json");
            if (!present.contains(article.name())) {
                r.missing(article);
                continue;
            }
            JsonNode tree;
            try {
                String text = PythonText.read(file);
                if (text.startsWith("\uFEFF")) {
                    throw new IOException("starts with a byte order mark");
                }
                tree = JSON.readTree(text);
            } catch (InputException | IOException e) {
                r.stats.filesUnreadable++;
                r.warnings.add("unreadable prediction " + file + ": "
                        + e.getMessage().lines().findFirst().orElse(""));
                r.byArticle.put(article.name(), List.of());
                continue;
            }
            if (tree == null || !tree.isObject()) {
                r.stats.filesUnreadable++;
                r.warnings.add("unreadable prediction " + file + ": not a JSON object");
                r.byArticle.put(article.name(), List.of());
                continue;
            }
            r.article(article, tree);
        }
        return r.freeze();
    }

    /**
     * Takes results in memory, converting their offsets ({@code String} indices) to code points.
     *
     * @param results results by article name; a gold article without one counts as a missing file
     * @param gold the gold articles
     * @return the predictions
     */
    public static Predictions of(Map<String, ArticleResult> results, GoldCorpus gold) {
        Reading r = new Reading();
        r.stats.filesExtra = (int) results.keySet().stream()
                .filter(n -> !gold.articles().containsKey(n))
                .count();
        for (ScoredArticle article : gold.articles().values()) {
            ArticleResult result = results.get(article.name());
            if (result == null) {
                r.missing(article);
                continue;
            }
            JsonNode tree = ResultJson.mapper().valueToTree(result);
            if (article.text().length() != article.text().string().length()) {
                toCodePoints(tree.path("attributions"), article.text());
            }
            r.article(article, tree);
        }
        return r.freeze();
    }

    /** Rewrites every start and end below the node from a String index to a code point index. */
    private static void toCodePoints(JsonNode node, CodePoints text) {
        if (node instanceof ObjectNode o
                && o.path("start").isInt()
                && o.path("end").isInt()) {
            o.put(
                    "start",
                    text.codePoint(
                            Math.min(o.get("start").asInt(), text.string().length())));
            o.put(
                    "end",
                    text.codePoint(Math.min(o.get("end").asInt(), text.string().length())));
        }
        node.forEach(child -> toCodePoints(child, text));
    }

    /** The state of one reading. */
    private static final class Reading {
        final PredStats.Tally stats = new PredStats.Tally();
        final Map<String, List<ScoredAttribution>> byArticle = new LinkedHashMap<>();
        final Map<String, List<String>> rules = new LinkedHashMap<>();
        final Map<String, List<Double>> confidences = new LinkedHashMap<>();
        final List<String> mismatches = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void missing(ScoredArticle article) {
            stats.filesMissing++;
            byArticle.put(article.name(), List.of());
            rules.put(article.name(), List.of());
            confidences.put(article.name(), List.of());
        }

        void article(ScoredArticle article, JsonNode tree) {
            JsonNode items = tree.get("attributions");
            List<ScoredAttribution> out = new ArrayList<>();
            List<String> made = new ArrayList<>();
            List<Double> sure = new ArrayList<>();
            if (items != null && items.isArray()) {
                for (JsonNode it : items) {
                    if (it.isObject()) {
                        made.add(it.path("rule").asText(""));
                        JsonNode c = it.get("confidence");
                        sure.add(c != null && c.isNumber() ? c.doubleValue() : null);
                        out.add(ScoredAttribution.of(
                                article,
                                extent(it.get("cue"), article),
                                extent(it.get("source"), article),
                                extent(it.get("content"), article)));
                    }
                }
            }
            byArticle.put(article.name(), List.copyOf(out));
            rules.put(article.name(), List.copyOf(made));
            confidences.put(article.name(), Collections.unmodifiableList(sure));
        }

        /** null, a span object, or a list of them: the normalised extent, invalid spans counted. */
        Extent extent(JsonNode node, ScoredArticle article) {
            if (node == null || node.isNull()) {
                return Extent.NONE;
            }
            List<Fragment> fragments = new ArrayList<>();
            for (JsonNode span : node.isArray() ? node : List.of(node)) {
                long start = integer(span.get("start"));
                long end = integer(span.get("end"));
                if (!span.isObject()
                        || start < 0
                        || start > end
                        || end > article.text().length()) {
                    stats.invalidOffsets++;
                    continue;
                }
                JsonNode text = span.get("text");
                if (text != null && !text.isNull()) {
                    stats.spansWithText++;
                    String actual = article.text().slice((int) start, (int) end);
                    if (!text.isTextual() || !text.textValue().equals(actual)) {
                        stats.textMismatch++;
                        if (mismatches.size() < MAX_EXAMPLES) {
                            mismatches.add(String.format(
                                    "%s [%d,%d): pred '%s' vs article '%s'",
                                    article.name(),
                                    start,
                                    end,
                                    head(text.isTextual() ? text.textValue() : text.toString()),
                                    head(actual)));
                        }
                    }
                }
                fragments.add(new Fragment((int) start, (int) end));
            }
            return Extent.normalise(fragments, article.text());
        }

        /** An integer as Python's json reads it (booleans are integers there); -1 for anything else. */
        private static long integer(JsonNode n) {
            if (n == null) {
                return -1;
            }
            if (n.isBoolean()) {
                return n.booleanValue() ? 1 : 0;
            }
            return n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : -1;
        }

        private static String head(String s) {
            return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 60));
        }

        Predictions freeze() {
            return new Predictions(byArticle, rules, confidences, stats.freeze(), mismatches, warnings);
        }
    }
}
