package org.whosaid.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.article.InputException;

/**
 * Who is the speaker, and with what titles: the figures of the reference check {@code speakercheck.py},
 * computed the same way, against hand annotations of the speaker of every gold statement ({@code
 * NAME.json}: the statement's content range, the speaker's fullest name or null, and each named
 * speaker's titles).
 *
 * <p>A gold statement is matched to the predicted one whose content tokens overlap it most (Dice of at
 * least 0.5, one to one, greedy). Names compare without case, honorifics and punctuation.
 *
 * <ul>
 *   <li>named recall: gold statements with a named speaker whose match carries that name;
 *   <li>naming precision: matched predictions that name a speaker, where the name is right;
 *   <li>unnamed kept: gold statements whose speaker is never named, matched by a prediction naming
 *       no one;
 *   <li>title recall and precision: titles compared as sets of content words, over the predicted
 *       entities whose name is a gold speaker's.
 * </ul>
 */
public final class SpeakerCheck {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "sen",
            "senator",
            "rep",
            "gov",
            "president",
            "gen",
            "general",
            "the",
            "secretary",
            "mr.",
            "mrs.",
            "ms.",
            "dr.");
    private static final Set<String> TITLE_STOP = Set.of("the", "a", "an", "of", "on", "for", "to", "in", "and", "s");
    private static final Map<String, String> TITLE_ABBR = Map.of(
            "sen",
            "senator",
            "sens",
            "senator",
            "rep",
            "representative",
            "reps",
            "representative",
            "gov",
            "governor",
            "gen",
            "general");
    private static final Pattern NAME_WORD = Pattern.compile("[" + CharClasses.WORD + "']+");
    private static final Pattern WORD = Pattern.compile("[" + CharClasses.WORD + "]+");
    private static final Set<String> SPEAKER_TYPES = Set.of("PERSON", "ORG");

    /**
     * The figures, as {@code speakercheck.py --json} gives them.
     *
     * @param named gold statements with a named speaker
     * @param namedRight of those, matched by a prediction with that name
     * @param predictedNamed matched predictions that name a speaker
     * @param predictedRight of those, with the right name
     * @param unnamed gold statements whose speaker is never named
     * @param unnamedKept of those, matched by a prediction that names no one
     * @param perArticle for each article, "right/named"
     * @param entitiesGold gold speakers (people and organisations), by normalised name
     * @param entitiesMatched of those, with a predicted entity of that name
     * @param titleGold gold titles of the matched speakers
     * @param titleFound of those, held by a predicted title
     * @param titlePred predicted titles of the matched speakers
     * @param titleRight of those, agreeing with a gold title
     */
    public record Result(
            int named,
            int namedRight,
            int predictedNamed,
            int predictedRight,
            int unnamed,
            int unnamedKept,
            Map<String, String> perArticle,
            int entitiesGold,
            int entitiesMatched,
            int titleGold,
            int titleFound,
            int titlePred,
            int titleRight) {

        /** Copies the map so the record stays immutable. */
        public Result {
            perArticle = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perArticle));
        }

        /** @return named right / named */
        public double namedRecall() {
            return ratio(namedRight, named);
        }

        /** @return predicted right / predicted named */
        public double namingPrecision() {
            return ratio(predictedRight, predictedNamed);
        }

        /** @return unnamed kept / unnamed */
        public double unnamedKeptShare() {
            return ratio(unnamedKept, unnamed);
        }

        /** @return titles found / gold titles */
        public double titleRecall() {
            return ratio(titleFound, titleGold);
        }

        /** @return titles right / predicted titles */
        public double titlePrecision() {
            return ratio(titleRight, titlePred);
        }

        private static double ratio(int a, int b) {
            return (double) a / Math.max(b, 1);
        }
    }

    private SpeakerCheck() {}

    /**
     * Scores prediction files.
     *
     * @param speakers the speaker annotations, {@code NAME.json} each
     * @param texts the articles, {@code NAME.txt} each
     * @param predictions the predictions, {@code NAME.json} each; a missing or unreadable one predicts nothing
     * @return the figures
     * @throws InputException where an annotation or an article cannot be read
     */
    public static Result score(Path speakers, Path texts, Path predictions) throws InputException {
        return score(speakers, texts, name -> readPrediction(predictions.resolve(name + ".json")));
    }

    /**
     * Scores predictions given as JSON trees in the result format.
     *
     * @param speakers the speaker annotations, {@code NAME.json} each
     * @param texts the articles, {@code NAME.txt} each
     * @param predictions the prediction of an article by its name, or null where there is none
     * @return the figures
     * @throws InputException where an annotation or an article cannot be read
     */
    public static Result score(Path speakers, Path texts, Function<String, JsonNode> predictions)
            throws InputException {
        List<Path> files = new ArrayList<>(GoldCorpus.list(speakers, ".json"));
        files.sort(Comparator.comparing(p -> p.getFileName().toString(), PythonText.ORDER));
        Counts c = new Counts();
        for (Path file : files) {
            JsonNode gold = readGold(file);
            String name = gold.path("article").asText();
            String text = PythonText.read(texts.resolve(name + ".txt"));
            JsonNode pred = predictions.apply(name);
            c.article(name, new CodePoints(text), gold, pred == null ? NullNode.getInstance() : pred);
        }
        return new Result(
                c.named,
                c.namedOk,
                c.predNamed,
                c.predNamedOk,
                c.unnamed,
                c.unnamedOk,
                c.perArticle,
                c.entsGold,
                c.entsMatched,
                c.titlesGold,
                c.titlesFound,
                c.titlesPred,
                c.titlesRight);
    }

    /**
     * @param r the figures
     * @return the lines {@code speakercheck.py} prints: one per article, then the speakers and titles
     */
    public static String text(Result r) {
        StringBuilder b = new StringBuilder();
        r.perArticle().forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-60s %s%n", k, v)));
        b.append("speakers: named recall ")
                .append(ScoreTable.fixed(r.namedRecall(), 3))
                .append(" (")
                .append(r.named())
                .append(" gold), naming precision ")
                .append(ScoreTable.fixed(r.namingPrecision(), 3))
                .append(", unnamed kept unnamed ")
                .append(ScoreTable.fixed(r.unnamedKeptShare(), 3))
                .append(" (")
                .append(r.unnamed())
                .append(" gold)\n");
        b.append("titles: recall ")
                .append(ScoreTable.fixed(r.titleRecall(), 3))
                .append(String.format(
                        Locale.ROOT,
                        " (%d of %d gold titles of the %d of %d gold entities matched by name), precision ",
                        r.titleFound(),
                        r.titleGold(),
                        r.entitiesMatched(),
                        r.entitiesGold()))
                .append(ScoreTable.fixed(r.titlePrecision(), 3))
                .append(String.format(
                        Locale.ROOT,
                        " (%d of %d predicted titles of those entities)%n",
                        r.titleRight(),
                        r.titlePred()));
        return b.toString();
    }

    /**
     * @param r the figures
     * @return the object {@code speakercheck.py --json} prints, with the same keys in the same order
     */
    public static Map<String, Object> json(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("named", r.named());
        m.put("named_recall", r.namedRecall());
        m.put("naming_precision", r.namingPrecision());
        m.put("unnamed", r.unnamed());
        m.put("unnamed_kept", r.unnamedKeptShare());
        m.put("per_article", r.perArticle());
        m.put("entities_gold", r.entitiesGold());
        m.put("entities_matched", r.entitiesMatched());
        m.put("title_gold", r.titleGold());
        m.put("title_found", r.titleFound());
        m.put("title_recall", r.titleRecall());
        m.put("title_pred", r.titlePred());
        m.put("title_right", r.titleRight());
        m.put("title_precision", r.titlePrecision());
        return m;
    }

    /** The running counts over the articles. */
    private static final class Counts {
        int named;
        int namedOk;
        int predNamed;
        int predNamedOk;
        int unnamed;
        int unnamedOk;
        int entsGold;
        int entsMatched;
        int titlesGold;
        int titlesFound;
        int titlesPred;
        int titlesRight;
        final Map<String, String> perArticle = new LinkedHashMap<>();

        void article(String name, CodePoints text, JsonNode gold, JsonNode pred) {
            Tokenization tokens = Tokenization.of(text);
            List<JsonNode> pa = list(pred.path("attributions"));
            List<BitSet> ptoks = new ArrayList<>();
            for (JsonNode a : pa) {
                BitSet t = new BitSet();
                for (JsonNode s : list(a.path("content"))) {
                    if (s.isObject() && s.size() > 0) {
                        t.or(within(
                                tokens, s.path("start").asInt(), s.path("end").asInt()));
                    }
                }
                ptoks.add(t);
            }
            List<JsonNode> ga = list(gold.path("attributions"));
            List<BitSet> gtoks = new ArrayList<>();
            for (JsonNode g : ga) {
                gtoks.add(within(
                        tokens,
                        g.path("content_start").asInt(),
                        g.path("content_end").asInt()));
            }
            Map<Integer, Integer> match = match(gtoks, ptoks);
            int aNamed = 0;
            int aOk = 0;
            for (int gi = 0; gi < ga.size(); gi++) {
                String want = norm(ga.get(gi).path("speakerName"));
                String got = match.containsKey(gi) ? norm(pa.get(match.get(gi)).path("speakerName")) : null;
                if (!want.isEmpty()) {
                    named++;
                    aNamed++;
                    if (want.equals(got)) {
                        namedOk++;
                        aOk++;
                    }
                } else {
                    unnamed++;
                    if (match.containsKey(gi) && got.isEmpty()) {
                        unnamedOk++;
                    }
                }
                if (got != null && !got.isEmpty()) {
                    predNamed++;
                    predNamedOk += got.equals(want) ? 1 : 0;
                }
            }
            perArticle.put(name, aOk + "/" + aNamed);
            Map<String, List<Set<String>>> pents = entityTitles(pred.path("entities"), null);
            for (Map.Entry<String, List<Set<String>>> e :
                    entityTitles(gold.path("entities"), SPEAKER_TYPES).entrySet()) {
                entsGold++;
                List<Set<String>> pts = pents.get(e.getKey());
                if (pts == null) {
                    continue;
                }
                entsMatched++;
                List<Set<String>> gts = e.getValue();
                titlesGold += gts.size();
                for (Set<String> g : gts) {
                    titlesFound += pts.stream().anyMatch(p -> !g.isEmpty() && p.containsAll(g)) ? 1 : 0;
                }
                titlesPred += pts.size();
                for (Set<String> p : pts) {
                    titlesRight += gts.stream()
                                    .anyMatch(g ->
                                            (!g.isEmpty() && p.containsAll(g)) || (!p.isEmpty() && g.containsAll(p)))
                            ? 1
                            : 0;
                }
            }
        }
    }

    /** One to one, the largest overlaps first, ties to the later gold and predicted statement as Python sorts. */
    private static Map<Integer, Integer> match(List<BitSet> gold, List<BitSet> pred) {
        record Pair(double dice, int g, int p) {}
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            BitSet g = gold.get(gi);
            if (g.isEmpty()) {
                continue;
            }
            for (int pi = 0; pi < pred.size(); pi++) {
                BitSet p = pred.get(pi);
                if (p.isEmpty()) {
                    continue;
                }
                BitSet both = (BitSet) g.clone();
                both.and(p);
                pairs.add(new Pair(2.0 * both.cardinality() / (g.cardinality() + p.cardinality()), gi, pi));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::dice)
                .thenComparingInt(Pair::g)
                .thenComparingInt(Pair::p)
                .reversed());
        Map<Integer, Integer> match = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Pair x : pairs) {
            if (x.dice() >= 0.5 && !match.containsKey(x.g()) && !used.contains(x.p())) {
                match.put(x.g(), x.p());
                used.add(x.p());
            }
        }
        return match;
    }

    /** The tokens lying wholly inside a code point range. */
    private static BitSet within(Tokenization tokens, int start, int end) {
        BitSet out = new BitSet();
        for (int i = 0; i < tokens.count(); i++) {
            if (tokens.start(i) >= start && tokens.end(i) <= end) {
                out.set(i);
            }
        }
        return out;
    }

    /** A name without case, honorifics and punctuation; "" for none. */
    static String norm(JsonNode name) {
        if (!name.isTextual() || name.asText().isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(name.asText().toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!HONORIFICS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return String.join(" ", words);
    }

    /** A title's content words: lower case, abbreviations spelled out, stop words left out. */
    static Set<String> titleWords(JsonNode title) {
        JsonNode t = title.isObject() ? title.path("text") : title;
        Set<String> out = new HashSet<>();
        if (!t.isTextual()) {
            return out;
        }
        Matcher m = WORD.matcher(t.asText().toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = TITLE_ABBR.getOrDefault(m.group(), m.group());
            if (!TITLE_STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Each entity's titles as content words, by normalised name (entities of one name pooled). */
    private static Map<String, List<Set<String>>> entityTitles(JsonNode entities, Set<String> types) {
        Map<String, List<Set<String>>> out = new LinkedHashMap<>();
        if (!entities.isArray()) {
            return out;
        }
        for (JsonNode e : entities) {
            if (!e.isObject()
                    || (types != null && !types.contains(e.path("type").asText("")))) {
                continue;
            }
            String key = norm(e.path("name"));
            if (key.isEmpty()) {
                continue;
            }
            List<Set<String>> ts = out.computeIfAbsent(key, k -> new ArrayList<>());
            JsonNode titles = e.path("titles");
            if (titles.isArray()) {
                titles.forEach(t -> ts.add(titleWords(t)));
            } else if (truthy(titles)) {
                ts.add(titleWords(titles));
            }
        }
        return out;
    }

    /** Python's truth of a JSON value: not null, false, zero or empty. */
    private static boolean truthy(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.asDouble() != 0;
        }
        if (n.isTextual()) {
            return !n.asText().isEmpty();
        }
        return n.size() > 0;
    }

    /** A value as Python's "x or []" then "x if list else [x]" leave it. */
    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (truthy(n)) {
            out.add(n);
        }
        return out;
    }

    private static JsonNode readGold(Path file) throws InputException {
        try {
            return JSON.readTree(PythonText.read(file));
        } catch (IOException e) {
            throw new InputException(file.toString(), "is not a speaker annotation (" + e.getMessage() + ")");
        }
    }

    /** A prediction file, or an empty prediction where it is missing or not JSON, as the reference does. */
    private static JsonNode readPrediction(Path file) {
        if (!Files.isReadable(file)) {
            return null;
        }
        try {
            return JSON.readTree(PythonText.read(file));
        } catch (InputException | IOException e) {
            return null;
        }
    }
}
