package org.whosaid.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * What the tagger sees of each token: the word, its lemma, part of speech and entity tag and those of
 * its neighbours; its place in the dependency tree and the path up to the nearest words that introduce
 * statements (with how reliably they do, from the cue lexicon); the sentence's surest cue and the side
 * of it the token lies on; whether the token lies inside quotation marks; and, where given, the role
 * the rules gave it. Thread safe.
 */
public final class TokenFeatures {

    /** Lowest cue reliability for a word to count as a possible cue. */
    private static final double CUE = 0.05;
    /** Deepest ancestor looked at on the way up the dependency tree. */
    private static final int DEPTH = 10;
    /** Cue words seen at least this often as cues keep their lemma in the features. */
    private static final int COMMON_CUE = 10;

    private final CueLexicon lexicon;

    /** @param lexicon the cue words and their reliability */
    public TokenFeatures(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param doc the parsed article
     * @param quotes its quotations
     * @param rules the rules' statements, or null to leave the rules out
     * @return for each token, its features
     */
    public String[][] of(Parsed doc, List<Quotation> quotes, List<Statement> rules) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        double[] reliability = new double[n];
        for (int i = 0; i < n; i++) {
            reliability[i] = lexicon.reliability(tokens.get(i));
        }
        int[] quoted = quoteState(doc, quotes);
        String[] ruleTag = rules == null ? null : ruleTags(doc, rules);
        String[] ruleName = rules == null ? null : ruleNames(doc, rules);
        String[][] out = new String[n][];
        for (Sentence s : doc.sentences()) {
            int best = -1;
            boolean hasQuote = false;
            for (Token t : s.tokens()) {
                if (best < 0 || reliability[t.index()] > reliability[best]) {
                    best = t.index();
                }
                hasQuote |= quoted[t.index()] != 0;
            }
            if (best >= 0 && reliability[best] < CUE) {
                best = -1;
            }
            boolean ruleSentence = false;
            if (ruleTag != null) {
                for (Token t : s.tokens()) {
                    ruleSentence |= ruleTag[t.index()] != null;
                }
            }
            int firstQuote = -1;
            for (Token t : s.tokens()) {
                if (quoted[t.index()] != 0 && firstQuote < 0) {
                    firstQuote = t.index();
                }
            }
            String opens = quoted[s.first()] == 2 ? "quote" : "word";
            String before =
                    s.index() == 0 ? "none" : sentenceEnd(doc.sentences().get(s.index() - 1), quoted);
            for (Token t : s.tokens()) {
                List<String> f = new ArrayList<>(72);
                int i = t.index();
                String w = lower(t.word());
                String l = lemma(t);
                f.add("w=" + w);
                f.add("l=" + l);
                f.add("p=" + t.pos());
                f.add("n=" + t.ner());
                f.add("sh=" + shape(t.word()));
                f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
                for (int d = -2; d <= 2; d++) {
                    if (d == 0) {
                        continue;
                    }
                    Token o = i + d >= s.first() && i + d < s.last() ? tokens.get(i + d) : null;
                    f.add("p" + d + "=" + (o == null ? "#" : o.pos()));
                    if (Math.abs(d) == 1) {
                        f.add("w" + d + "=" + (o == null ? "#" : lower(o.word())));
                        f.add("p" + d + "p=" + (o == null ? "#" : o.pos()) + "|" + t.pos());
                    }
                }
                f.add("rel=" + t.relation());
                f.add("rel|p=" + t.relation() + "|" + t.pos());
                Token head = t.head() >= 0 ? tokens.get(t.head()) : null;
                if (head != null) {
                    f.add("hl=" + lemma(head));
                    f.add("hp=" + head.pos());
                    f.add("hb=" + band(reliability[head.index()]));
                    f.add("rel|hl=" + t.relation() + "|" + lemma(head));
                    f.add("dir=" + (head.index() > i ? "L" : "R"));
                }
                String own = band(reliability[i]);
                f.add("b=" + own);
                f.add("b|p=" + own + "|" + t.pos());
                if (reliability[i] >= CUE) {
                    for (Token k : doc.children(i)) {
                        f.add("kid=" + k.relation());
                    }
                    if (common(t)) {
                        f.add("cue=" + l);
                    }
                }
                ancestors(doc, i, reliability, f);
                if (best >= 0) {
                    String b = band(reliability[best]);
                    String side = best == i ? "self" : best > i ? "before" : "after";
                    f.add("scue=" + b + "|" + side);
                    f.add("scue|p=" + b + "|" + side + "|" + t.pos());
                    f.add("scued=" + side + "|" + bucket(Math.abs(best - i)));
                    if (common(tokens.get(best))) {
                        f.add("scuel=" + lemma(tokens.get(best)) + "|" + side);
                    }
                } else {
                    f.add("scue=none");
                }
                f.add("q=" + quoted[i]);
                f.add("q|sq=" + quoted[i] + "|" + hasQuote);
                f.add("q|p=" + quoted[i] + "|" + t.pos());
                f.add("pos=" + (i == s.first() ? "first" : i == s.last() - 1 ? "last" : "mid"));
                f.add("qside=" + (firstQuote < 0 ? "none" : i < firstQuote ? "before" : "from"));
                f.add("sent=" + opens + "|" + before);
                f.add("sent|q=" + opens + "|" + before + "|" + quoted[i]);
                f.add("para="
                        + (s.index() > 0 && doc.sentences().get(s.index() - 1).paragraph() == s.paragraph()
                                ? "on"
                                : "new"));
                if (ruleTag != null) {
                    String r = ruleTag[i] == null ? "O" : ruleTag[i];
                    f.add("r=" + r);
                    f.add("r|q=" + r + "|" + quoted[i]);
                    f.add("r|p=" + r + "|" + t.pos());
                    f.add("rs=" + ruleSentence);
                    String prev = i > s.first() && ruleTag[i - 1] != null ? ruleTag[i - 1] : "O";
                    f.add("r-1=" + prev + "|" + r);
                    if (ruleName[i] != null) {
                        f.add("rn=" + ruleName[i]);
                    }
                }
                f.add("bias");
                out[i] = f.toArray(String[]::new);
            }
        }
        return out;
    }

    /** How a sentence ends: inside quotation marks, or not. */
    private static String sentenceEnd(Sentence s, int[] quoted) {
        for (int i = s.last() - 1; i >= s.first(); i--) {
            if (quoted[i] == 3) {
                return "quote";
            }
            if (quoted[i] == 0 && Character.isLetterOrDigit(s.token(i).word().charAt(0))) {
                return "word";
            }
        }
        return "word";
    }

    /** The rule that found each token's statement, with the token's role in it, or null. */
    private static String[] ruleNames(Parsed doc, List<Statement> rules) {
        String[] names = new String[doc.tokens().size()];
        TokenIndex index = new TokenIndex(doc);
        for (Statement s : rules) {
            name(index, names, s.source(), "S|" + s.rule() + "|" + s.sourceRule());
            name(index, names, s.cue(), "C|" + s.rule());
            for (Span c : s.content()) {
                name(index, names, c, "Q|" + s.rule());
            }
        }
        return names;
    }

    private static void name(TokenIndex index, String[] names, Span span, String name) {
        if (span == null) {
            return;
        }
        int[] r = index.range(span);
        for (int i = r[0]; i < r[1]; i++) {
            if (names[i] == null) {
                names[i] = name;
            }
        }
    }

    /**
     * The first two ancestors that may be cues: their reliability, the relation that leads to them,
     * and for the first, the last three relations of the path down to the token.
     */
    private void ancestors(Parsed doc, int i, double[] reliability, List<String> f) {
        List<Token> tokens = doc.tokens();
        List<String> rels = new ArrayList<>();
        int child = i;
        int found = 0;
        for (int a = tokens.get(i).head(), depth = 1; a >= 0 && depth <= DEPTH && found < 2; depth++) {
            rels.add(tokens.get(child).relation());
            if (reliability[a] >= CUE) {
                String rel = tokens.get(child).relation();
                String b = band(reliability[a]);
                String k = found == 0 ? "anc" : "anc2";
                f.add(k + "=" + b + "|" + rel);
                f.add(k + "d=" + b + "|" + Math.min(depth, 4));
                f.add(k + "s=" + b + "|" + (a > i ? "before" : "after"));
                if (found == 0) {
                    StringBuilder path = new StringBuilder(b);
                    for (int k2 = rels.size() - 1; k2 >= Math.max(0, rels.size() - 3); k2--) {
                        path.append('|').append(rels.get(k2));
                    }
                    f.add("ancpath=" + path);
                    if (common(tokens.get(a))) {
                        f.add("ancl=" + lemma(tokens.get(a)) + "|" + rel);
                    }
                }
                found++;
            }
            child = a;
            a = tokens.get(a).head();
        }
        if (found == 0) {
            f.add("anc=none");
        }
    }

    /** For each token: 0 outside quotation marks, 1 inside, 2 a mark that opens, 3 a mark that closes. */
    private static int[] quoteState(Parsed doc, List<Quotation> quotes) {
        int[] state = new int[doc.tokens().size()];
        TokenIndex index = new TokenIndex(doc);
        for (Quotation q : quotes) {
            int[] r = index.range(q.start(), q.end());
            for (int i = r[0]; i < r[1]; i++) {
                Token t = doc.tokens().get(i);
                state[i] = t.start() <= q.start() ? 2 : t.end() >= q.end() ? 3 : 1;
            }
        }
        return state;
    }

    /** The role the rules gave each token ({@code S}, {@code C}, {@code Q} with {@code -B} where it begins), or null. */
    private static String[] ruleTags(Parsed doc, List<Statement> rules) {
        String[] tags = new String[doc.tokens().size()];
        TokenIndex index = new TokenIndex(doc);
        for (Statement s : rules) {
            mark(index, tags, s.source(), "S");
            mark(index, tags, s.cue(), "C");
            for (Span c : s.content()) {
                mark(index, tags, c, "Q");
            }
        }
        return tags;
    }

    private static void mark(TokenIndex index, String[] tags, Span span, String role) {
        if (span == null) {
            return;
        }
        int[] r = index.range(span);
        for (int i = r[0]; i < r[1]; i++) {
            if (tags[i] == null) {
                tags[i] = i == r[0] ? role + "-B" : role;
            }
        }
    }

    private boolean common(Token t) {
        return lexicon.cueCount(t.word()) >= COMMON_CUE || lexicon.cueCount(lemma(t)) >= COMMON_CUE;
    }

    static String band(double reliability) {
        if (reliability >= 0.7) {
            return "4";
        }
        if (reliability >= 0.4) {
            return "3";
        }
        if (reliability >= 0.15) {
            return "2";
        }
        if (reliability >= CUE) {
            return "1";
        }
        return "0";
    }

    private static String bucket(int d) {
        return d <= 2 ? Integer.toString(d) : d <= 5 ? "5" : d <= 10 ? "10" : d <= 20 ? "20" : "far";
    }

    private static String lemma(Token t) {
        return lower(t.lemma() == null ? t.word() : t.lemma());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length() && b.length() < 4; k++) {
            char c = w.charAt(k);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) {
                b.append(m);
                last = m;
            }
        }
        return b.toString();
    }
}
