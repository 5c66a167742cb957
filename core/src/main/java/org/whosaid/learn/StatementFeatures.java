package org.whosaid.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Attribution;
import org.whosaid.result.Span;

/**
 * What the confidence model sees of a statement: the rule that found it and the rule that named its
 * speaker, its kind, its cue word and how reliably that word introduces statements, its source (none,
 * pronoun, name or description) and whether the speaker was resolved, the content's length, quotation
 * marks and sentences, the distance between cue and content, and where in the article it stands.
 * Thread safe.
 */
public final class StatementFeatures {

    /** Cue words seen at least this often as cues keep a feature of their own. */
    private static final int COMMON_CUE = 25;

    private final CueLexicon lexicon;

    /** @param lexicon the cue words and their reliability */
    public StatementFeatures(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The article-wide context the features of its statements share.
     *
     * @param doc the parsed article
     * @param quotes its quotations
     * @return the context
     */
    public Context context(Parsed doc, List<Quotation> quotes) {
        return new Context(doc, new TokenIndex(doc), quotes);
    }

    /** An article's parse, token index and quotations. */
    public record Context(Parsed doc, TokenIndex index, List<Quotation> quotes) {}

    /**
     * @param c the article's context
     * @param a one of its statements
     * @param statements how many statements the article has
     * @return named features and their values
     */
    public Map<String, Double> of(Context c, Attribution a, int statements) {
        Map<String, Double> f = new LinkedHashMap<>();
        Parsed doc = c.doc();
        String rule = a.rule() == null ? "none" : a.rule();
        int plus = rule.indexOf('+');
        String finder = plus < 0 ? rule : rule.substring(0, plus);
        String speakerRule = plus < 0 ? "none" : rule.substring(plus + 1);
        String kind = a.kind() == null ? "none" : a.kind().label();
        one(f, "rule=" + rule);
        one(f, "finder=" + finder);
        one(f, "speaker-rule=" + speakerRule);
        one(f, "kind=" + kind);
        one(f, "finder*kind=" + finder + "*" + kind);
        one(f, "channel=" + (a.channel() == null ? "none" : a.channel()));

        // The cue: its most cue-like word, and how reliably that word introduces statements.
        double reliability = 0;
        int cueToken = -1;
        if (a.cue() != null) {
            int[] r = c.index().range(a.cue());
            for (int i = r[0]; i < r[1]; i++) {
                double rel = lexicon.reliability(doc.tokens().get(i));
                if (cueToken < 0 || rel > reliability) {
                    reliability = rel;
                    cueToken = i;
                }
            }
            one(f, "cue-words=" + Math.min(3, r[1] - r[0]));
        }
        String cueBand = cueToken < 0 ? "none" : band(reliability);
        one(f, "cue-reliability=" + cueBand);
        f.put("cue-reliability", reliability);
        one(f, "cue-reliability*kind=" + cueBand + "*" + kind);
        if (cueToken >= 0) {
            Token t = doc.tokens().get(cueToken);
            String lemma = lower(t.lemma() == null ? t.word() : t.lemma());
            one(
                    f,
                    "cue="
                            + (lexicon.cueCount(lemma) >= COMMON_CUE || lexicon.cueCount(t.word()) >= COMMON_CUE
                                    ? lemma
                                    : "rare"));
            one(f, "cue-pos=" + t.pos());
            f.put("cue-log-count", Math.log1p(lexicon.cueCount(t.word())) / 10);
        }

        // The source and the speaker.
        String sourceType = sourceType(c, a.source());
        boolean resolved = a.speaker() != null;
        one(f, "source=" + sourceType);
        one(f, "resolved=" + resolved);
        one(f, "source*resolved=" + sourceType + "*" + resolved);
        one(f, "source*kind=" + sourceType + "*" + kind);
        if (a.speakers().size() > 1) {
            one(f, "joint");
        }
        if (a.source() != null) {
            int[] r = c.index().range(a.source());
            one(f, "source-words=" + bucket(r[1] - r[0], 1, 2, 4, 8));
        }

        // The content.
        int[] first = c.index().range(a.content().get(0));
        int[] last = c.index().range(a.content().get(a.content().size() - 1));
        int words = 0;
        int quoted = 0;
        int chars = 0;
        for (Span s : a.content()) {
            int[] r = c.index().range(s);
            words += r[1] - r[0];
            chars += s.length();
            for (Quotation q : c.quotes()) {
                quoted += Math.max(0, Math.min(q.end(), s.end()) - Math.max(q.start(), s.start()));
            }
        }
        one(f, "content-words=" + bucket(words, 2, 4, 8, 16, 32, 64));
        f.put("content-log-words", Math.log1p(words) / 5);
        one(f, "content-spans=" + Math.min(3, a.content().size()));
        double share = chars == 0 ? 0 : Math.min(1, (double) quoted / chars);
        one(f, "quoted=" + (share == 0 ? "none" : share >= 0.9 ? "all" : "part"));
        f.put("quoted-share", share);
        int sentences = 1;
        if (first[0] < first[1] && last[0] < last[1]) {
            sentences = doc.tokens().get(last[1] - 1).sentence()
                    - doc.tokens().get(first[0]).sentence()
                    + 1;
        }
        one(f, "content-sentences=" + Math.min(3, sentences));
        String text = doc.text();
        Span end = a.content().get(a.content().size() - 1);
        one(f, "content-ends=" + ending(text, end));

        // Cue and content: order and distance.
        if (a.cue() != null) {
            Span cue = a.cue();
            String order;
            int gap;
            if (cue.end() <= a.content().get(0).start()) {
                order = "cue-first";
                gap = c.index().range(cue.end(), a.content().get(0).start())[1]
                        - c.index().range(cue.end(), a.content().get(0).start())[0];
            } else if (cue.start() >= end.end()) {
                order = "cue-after";
                int[] r = c.index().range(end.end(), cue.start());
                gap = r[1] - r[0];
            } else {
                order = "cue-inside";
                gap = 0;
            }
            one(f, "order=" + order);
            one(f, "gap=" + bucket(gap, 0, 1, 2, 4, 8, 16));
            one(f, "order*gap=" + order + "*" + bucket(gap, 0, 2, 8));
            int cueSentence = c.index().at(cue.start()) < 0
                    ? -1
                    : doc.tokens().get(c.index().at(cue.start())).sentence();
            int contentSentence =
                    first[0] < first[1] ? doc.tokens().get(first[0]).sentence() : -1;
            one(f, "cue-sentence=" + bucket(Math.abs(cueSentence - contentSentence), 0, 1));
        }
        if (a.source() != null && a.cue() != null) {
            int[] r = a.source().end() <= a.cue().start()
                    ? c.index().range(a.source().end(), a.cue().start())
                    : c.index().range(a.cue().end(), a.source().start());
            one(f, "source-cue-gap=" + bucket(r[1] - r[0], 0, 1, 3, 8));
        }

        // Where in the article.
        if (first[0] < first[1]) {
            Token t = doc.tokens().get(first[0]);
            int n = doc.sentences().size();
            one(f, "sentence=" + bucket(t.sentence(), 0, 1, 3, 10, 30));
            one(f, "position=" + (int) Math.min(4, 5.0 * t.sentence() / Math.max(1, n)));
            one(f, "paragraph=" + bucket(doc.sentences().get(t.sentence()).paragraph(), 0, 1, 3, 10));
        }
        one(f, "statements=" + bucket(statements, 2, 5, 10, 20, 40));
        one(f, "dated=" + (a.date() != null));
        return f;
    }

    private static String sourceType(Context c, Span source) {
        if (source == null) {
            return "none";
        }
        int[] r = c.index().range(source);
        boolean name = false;
        boolean pronoun = r[1] > r[0];
        for (int i = r[0]; i < r[1]; i++) {
            Token t = c.doc().tokens().get(i);
            if (t.pos().startsWith("NNP") || t.isPerson() || "ORGANIZATION".equals(t.ner())) {
                name = true;
            }
            if (!t.pos().startsWith("PRP") && !t.pos().equals("WP")) {
                pronoun = false;
            }
        }
        return pronoun ? "pronoun" : name ? "name" : "description";
    }

    private static String ending(String text, Span s) {
        char last = s.length() == 0 ? ' ' : text.charAt(s.end() - 1);
        if (last == '"' || last == '\u201d' || last == '\'' || last == '\u2019') {
            last = s.length() < 2 ? ' ' : text.charAt(s.end() - 2);
        }
        return last == '.' || last == '?' || last == '!' ? "stop" : last == ',' ? "comma" : "word";
    }

    private static String band(double reliability) {
        if (reliability >= 0.85) {
            return "high";
        }
        if (reliability >= 0.5) {
            return "mid";
        }
        if (reliability >= 0.15) {
            return "low";
        }
        return "rare";
    }

    private static String bucket(int n, int... limits) {
        for (int l : limits) {
            if (n <= l) {
                return "<=" + l;
            }
        }
        return ">" + limits[limits.length - 1];
    }

    private static void one(Map<String, Double> f, String name) {
        f.put(name, 1.0);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
