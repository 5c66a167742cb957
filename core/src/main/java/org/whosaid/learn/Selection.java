package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Chooses among the rules' statements and the tagger's: each candidate's probability of being right
 * comes from its own features and from how it agrees with the other finder's statements over the same
 * words; the surest candidates are kept first, none sharing words with one kept before, and none below
 * a threshold. Where the rules and the tagger agree, or the tagger found nothing, the rules' statement
 * stays; where they disagree, the surer one. Thread safe.
 */
public final class Selection {

    private static final ContentVariants VARIANTS = new ContentVariants();

    /** The setting of the selection model that holds its threshold. */
    static final String THRESHOLD = "threshold";

    private final ConfidenceModel model;
    private final double threshold;
    private final StatementFeatures features;

    /**
     * @param model the candidates' calibrated probability of being right, with its threshold
     * @param lexicon the cue words the features read
     */
    public Selection(ConfidenceModel model, CueLexicon lexicon) {
        this.model = model;
        this.threshold = model.settings().getOrDefault(THRESHOLD, 0.0);
        this.features = new StatementFeatures(lexicon);
    }

    /** Rules whose source the page's layout gives (a signature, a label): never taken from the other finder. */
    private static final Set<String> LAID_OUT = Set.of("quote-signed", "quote-label", "label-line");

    /** A candidate statement: the statement, whether the tagger found it, and its features. */
    record Candidate(Statement statement, boolean learned, Map<String, Double> features) {}

    /**
     * @param features the statement features
     * @param doc the parsed article
     * @param quotes its quotations
     * @param rules the rules' statements
     * @param tagged the tagger's statements
     * @return every candidate, the rules' first, with its features
     */
    static List<Candidate> candidates(
            StatementFeatures features,
            Parsed doc,
            List<Quotation> quotes,
            List<Statement> rules,
            List<Statement> tagged) {
        StatementFeatures.Context c = features.context(doc, quotes);
        int n = rules.size() + tagged.size();
        List<Candidate> out = new ArrayList<>(2 * n);
        for (Statement s : rules) {
            add(out, features, c, n, s, false, tagged, "own");
        }
        for (Statement s : tagged) {
            add(out, features, c, n, s, true, rules, "own");
            Statement phrase = VARIANTS.phrase(doc, c.index(), quotes, s);
            if (phrase != null) {
                add(
                        out,
                        features,
                        c,
                        n,
                        phrase,
                        true,
                        rules,
                        phrase.end() - phrase.start() > s.end() - s.start() ? "longer" : "shorter");
            }
        }
        return out;
    }

    /**
     * Adds a statement as a candidate, and again with the source of the other finder's statement over
     * the same words where that differs: the model then chooses the source too.
     */
    private static void add(
            List<Candidate> out,
            StatementFeatures features,
            StatementFeatures.Context c,
            int n,
            Statement s,
            boolean learned,
            List<Statement> others,
            String content) {
        Map<String, Double> f = withRivals(features.of(c, StatementFeatures.Item.of(s), n), s, others);
        f.put("source-from=own", 1.0);
        f.put("content-from=" + content, 1.0);
        out.add(new Candidate(s, learned, f));
        Statement rival = rival(s, others);
        if (rival != null
                && !LAID_OUT.contains(s.rule())
                && rival.source() != null
                && dice(s.content(), rival.content()) >= 0.5
                && (s.source() == null || !s.source().overlaps(rival.source()))
                && s.content().stream().noneMatch(x -> x.overlaps(rival.source()))) {
            Statement v = s.withSource(rival.source(), rival.sourceRule());
            Map<String, Double> fv = withRivals(features.of(c, StatementFeatures.Item.of(v), n), v, others);
            fv.put("source-from=rival", 1.0);
            fv.put("source-from=rival*" + (learned ? "learned" : "rules"), 1.0);
            fv.put("content-from=" + content, 1.0);
            out.add(new Candidate(v, learned, fv));
        }
    }

    /** @return the other finder's statement that shares the most words with this one, or null */
    private static Statement rival(Statement s, List<Statement> others) {
        Statement rival = null;
        double best = 0;
        for (Statement o : others) {
            double d = dice(s.content(), o.content());
            if (d > best) {
                best = d;
                rival = o;
            }
        }
        return rival;
    }

    /** How the candidate agrees with the other finder's statement over the most of its words. */
    private static Map<String, Double> withRivals(Map<String, Double> f, Statement s, List<Statement> others) {
        // "began taking calls from listeners who said ...": content that holds the other finder's
        // whole statement, as a report of it or a run-on past it.
        for (Statement o : others) {
            if (s.holds(o)) {
                f.put("holds=" + finder(o), 1.0);
                break;
            }
        }
        Statement rival = rival(s, others);
        double best = rival == null ? 0 : dice(s.content(), rival.content());
        String finder = finder(s);
        if (rival == null) {
            f.put("rival=none", 1.0);
            f.put("rival=none*" + finder, 1.0);
            return f;
        }
        String overlap = best >= 0.9 ? "same" : best >= 0.6 ? "most" : best >= 0.3 ? "part" : "little";
        f.put("rival=" + finder(rival), 1.0);
        f.put("rival-overlap=" + overlap, 1.0);
        f.put("rival-overlap*" + finder + "=" + overlap, 1.0);
        f.put("rival-cue=" + agree(s.cue(), rival.cue()), 1.0);
        String source = agree(s.source(), rival.source());
        f.put("rival-source=" + source, 1.0);
        f.put("rival-source*overlap=" + source + "*" + overlap, 1.0);
        f.put("rival-longer=" + (length(rival.content()) > length(s.content())), 1.0);
        return f;
    }

    /** The rule that found a statement, without the mention and speaker rules after it. */
    private static String finder(Statement s) {
        return s.rule().split("\\+")[0];
    }

    private static String agree(Span a, Span b) {
        if (a == null || b == null) {
            return a == null && b == null ? "both-none" : a == null ? "mine-none" : "theirs-none";
        }
        return a.overlaps(b) ? "same" : "differ";
    }

    /** The Dice coefficient of two contents, by characters. */
    static double dice(List<Span> a, List<Span> b) {
        int both = 0;
        for (Span x : a) {
            for (Span y : b) {
                both += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        int size = length(a) + length(b);
        return size == 0 ? 0 : 2.0 * both / size;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }

    /**
     * @param doc the parsed article
     * @param quotes its quotations
     * @param rules the rules' statements
     * @param tagged the tagger's statements
     * @return the statements kept, in text order
     */
    List<Statement> select(Parsed doc, List<Quotation> quotes, List<Statement> rules, List<Statement> tagged) {
        List<Candidate> candidates = candidates(features, doc, quotes, rules, tagged);
        double[] p = new double[candidates.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(candidates.get(i).features());
        }
        return choose(candidates, p, threshold);
    }

    /**
     * @param candidates the candidates, the rules' first
     * @param p each one's probability of being right
     * @param threshold the lowest probability kept
     * @return the surest candidates that share no words, none below the threshold but those the layout
     *     gives, in text order
     */
    static List<Statement> choose(List<Candidate> candidates, double[] p, double threshold) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            order.add(i);
        }
        // Surest first; on a tie the rules' (listed first), then text order.
        order.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
        List<Statement> kept = new ArrayList<>();
        for (int i : order) {
            Candidate c = candidates.get(i);
            // What the layout says (a signed quotation, a transcript's turn) stands where nothing surer
            // claims its words: the tagger, reading sentences, rarely finds it, and models learn that
            // the rules' statements it does not find are mostly wrong.
            if (p[i] < threshold
                    && (c.learned() || !LAID_OUT.contains(c.statement().rule()))) {
                continue;
            }
            Statement s = c.statement();
            if (kept.stream().noneMatch(k -> s.clashes(k))) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Statement::start));
        return kept;
    }
}
