package org.whosaid.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference check of one article result against its hand annotation (the seed's
 * {@code seedcheck.py}), ported so that it runs where Python and the shared tools are absent: gold
 * statements matched one-to-one by content word tokens (Dice at least 0.5, greedy, best first);
 * speakers, titles, dates, extras and span texts counted as the script counts them.
 */
final class SeedCheck {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "for", "to", "in", "'s", "s");

    private SeedCheck() {}

    /**
     * @param gold the hand annotation
     * @param pred the article result
     * @param text the article text
     * @return the figures, under the names the script prints with --json
     */
    static Map<String, Integer> check(JsonNode gold, JsonNode pred, String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        JsonNode goldAtt = gold.path("attributions");
        JsonNode predAtt = pred.path("attributions");
        List<Set<Integer>> g = new ArrayList<>();
        goldAtt.forEach(a -> g.add(covered(tokens, a.path("content"))));
        List<Set<Integer>> p = new ArrayList<>();
        predAtt.forEach(a -> p.add(covered(tokens, a.path("content"))));
        List<double[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < g.size(); gi++) {
            for (int pi = 0; pi < p.size(); pi++) {
                double dice = dice(g.get(gi), p.get(pi));
                if (dice >= 0.5) {
                    pairs.add(new double[] {dice, gi, pi});
                }
            }
        }
        // Python sorts the (dice, gold, pred) tuples in reverse: ties go to the later indices.
        pairs.sort((a, b) -> {
            for (int i = 0; i < 3; i++) {
                int c = Double.compare(b[i], a[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Set<Integer> gUsed = new HashSet<>();
        Set<Integer> pUsed = new HashSet<>();
        Map<Integer, Integer> match = new HashMap<>();
        for (double[] pair : pairs) {
            int gi = (int) pair[1];
            int pi = (int) pair[2];
            if (!gUsed.contains(gi) && !pUsed.contains(pi)) {
                gUsed.add(gi);
                pUsed.add(pi);
                match.put(gi, pi);
            }
        }
        Set<String> people = new HashSet<>();
        gold.path("entities").forEach(e -> people.add(norm(e.path("name").asText(null))));
        int speakers = 0;
        int dates = 0;
        int dated = 0;
        for (int gi = 0; gi < g.size(); gi++) {
            JsonNode ga = goldAtt.get(gi);
            String date = ga.path("date").asText(null);
            dated += date != null && !date.isEmpty() ? 1 : 0;
            if (!match.containsKey(gi)) {
                continue;
            }
            JsonNode pa = predAtt.get(match.get(gi));
            String want = norm(ga.path("speakerName").asText(null));
            String got = norm(pa.path("speakerName").asText(null));
            speakers += (want.isEmpty() ? !people.contains(got) : got.equals(want)) ? 1 : 0;
            if (date != null && !date.isEmpty() && date.equals(pa.path("date").asText(null))) {
                dates++;
            }
        }
        List<Set<Integer>> optional = new ArrayList<>();
        gold.path("optional").forEach(o -> optional.add(covered(tokens, o.path("content"))));
        int extras = 0;
        for (int pi = 0; pi < p.size(); pi++) {
            if (pUsed.contains(pi)) {
                continue;
            }
            Set<Integer> words = p.get(pi);
            boolean excused =
                    !words.isEmpty() && optional.stream().anyMatch(o -> 2 * intersection(words, o) >= words.size());
            extras += excused ? 0 : 1;
        }
        Map<String, List<String>> titlesByName = new HashMap<>();
        pred.path("entities").forEach(e -> {
            List<String> t = titlesByName.computeIfAbsent(norm(e.path("name").asText(null)), k -> new ArrayList<>());
            e.path("titles").forEach(x -> t.add(x.asText()));
        });
        int titles = 0;
        for (JsonNode e : gold.path("entities")) {
            List<String> got = titlesByName.getOrDefault(norm(e.path("name").asText(null)), List.of());
            boolean ok = false;
            for (JsonNode t : e.path("titles")) {
                for (String have : got) {
                    ok |= contentWords(have).containsAll(contentWords(t.asText()));
                }
            }
            titles += ok ? 1 : 0;
        }
        int badSpans = 0;
        for (JsonNode a : predAtt) {
            List<JsonNode> spans = new ArrayList<>();
            a.path("content").forEach(spans::add);
            spans.add(a.path("source"));
            spans.add(a.path("cue"));
            for (JsonNode s : spans) {
                if (s.isObject() && s.has("text")) {
                    int start = s.path("start").asInt();
                    int end = s.path("end").asInt();
                    if (start < 0
                            || end > text.length()
                            || start > end
                            || !text.substring(start, end).equals(s.path("text").asText())) {
                        badSpans++;
                    }
                }
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("statements", match.size());
        out.put("gold", g.size());
        out.put("speakers", speakers);
        out.put("extras", extras);
        out.put("titles", titles);
        out.put("people", gold.path("entities").size());
        out.put("dates", dates);
        out.put("dated", dated);
        out.put("bad_spans", badSpans);
        return out;
    }

    private static Set<Integer> covered(List<int[]> tokens, JsonNode spans) {
        Set<Integer> out = new HashSet<>();
        List<JsonNode> list = new ArrayList<>();
        if (spans.isArray()) {
            spans.forEach(list::add);
        } else if (spans.isObject()) {
            list.add(spans);
        }
        for (JsonNode s : list) {
            int start = s.path("start").asInt();
            int end = s.path("end").asInt();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i)[0] >= start && tokens.get(i)[1] <= end) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static double dice(Set<Integer> a, Set<Integer> b) {
        return a.isEmpty() || b.isEmpty() ? 0 : 2.0 * intersection(a, b) / (a.size() + b.size());
    }

    private static int intersection(Set<Integer> a, Set<Integer> b) {
        int n = 0;
        for (int x : a) {
            n += b.contains(x) ? 1 : 0;
        }
        return n;
    }

    private static String norm(String name) {
        return name == null
                ? ""
                : String.join(" ", name.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    private static Set<String> contentWords(String title) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(title == null ? "" : title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
