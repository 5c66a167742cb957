package org.whosaid.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold, micro-averaged over articles: role spans (exact and by tokens) and
 * whole statements (content-matched, attributed, and both on direct quotes).
 */
public final class Scorer {

    private Scorer() {}

    /**
     * @param gold the gold corpus
     * @param pred predictions for its articles
     * @return the figures
     */
    public static Scores score(GoldCorpus gold, Predictions pred) {
        Map<Role, int[]> exact = new EnumMap<>(Role.class);
        Map<Role, int[]> token = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            exact.put(r, new int[3]);
            token.put(r, new int[3]);
        }
        int nGold = 0;
        int nPred = 0;
        int cm = 0;
        int att = 0;
        int dqGold = 0;
        int dqPred = 0;
        int dqCmPred = 0;
        int dqCmGold = 0;
        int dqAttPred = 0;
        int dqAttGold = 0;
        for (ScoredArticle article : gold.articles().values()) {
            List<ScoredAttribution> g = gold.gold().get(article.name());
            List<ScoredAttribution> p = pred.byArticle().getOrDefault(article.name(), List.of());
            for (Role r : Role.values()) {
                Set<Extent> gs = spans(g, r);
                Set<Extent> ps = spans(p, r);
                int[] ex = exact.get(r);
                ps.stream().filter(gs::contains).forEach(x -> ex[0]++);
                ex[1] += ps.size();
                ex[2] += gs.size();
                TokenSet gt = tokens(g, r, article);
                TokenSet pt = tokens(p, r, article);
                int[] tk = token.get(r);
                tk[0] += gt.overlap(pt);
                tk[1] += pt.size();
                tk[2] += gt.size();
            }
            nGold += g.size();
            nPred += p.size();
            dqGold += (int) g.stream().filter(ScoredAttribution::directQuote).count();
            dqPred += (int) p.stream().filter(ScoredAttribution::directQuote).count();
            for (GreedyMatcher.Pair pair : GreedyMatcher.match(p, g)) {
                if (pair.dice() < 0.5) {
                    continue;
                }
                ScoredAttribution pa = p.get(pair.pred());
                ScoredAttribution ga = g.get(pair.gold());
                boolean sourceOk = sameSource(pa, ga);
                cm++;
                dqCmPred += pa.directQuote() ? 1 : 0;
                dqCmGold += ga.directQuote() ? 1 : 0;
                if (sourceOk) {
                    att++;
                    dqAttPred += pa.directQuote() ? 1 : 0;
                    dqAttGold += ga.directQuote() ? 1 : 0;
                }
            }
        }
        Map<Role, Prf> exactPrf = new EnumMap<>(Role.class);
        Map<Role, Prf> tokenPrf = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            int[] ex = exact.get(r);
            int[] tk = token.get(r);
            exactPrf.put(r, Prf.of(ex[0], ex[1], ex[0], ex[2]));
            tokenPrf.put(r, Prf.of(tk[0], tk[1], tk[0], tk[2]));
        }
        return new Scores(
                exactPrf,
                tokenPrf,
                Prf.of(cm, nPred, cm, nGold),
                Prf.of(att, nPred, att, nGold),
                Prf.of(dqCmPred, dqPred, dqCmGold, dqGold),
                Prf.of(dqAttPred, dqPred, dqAttGold, dqGold),
                new Scores.Counts(gold.articles().size(), nGold, nPred, dqGold, dqPred),
                gold.stats(),
                pred.stats());
    }

    /** Whether two matched statements' sources share a token, or both have none. */
    private static boolean sameSource(ScoredAttribution pred, ScoredAttribution gold) {
        return !pred.sourceTokens().isEmpty() && !gold.sourceTokens().isEmpty()
                ? pred.sourceTokens().overlap(gold.sourceTokens()) > 0
                : pred.sourceTokens().isEmpty() && gold.sourceTokens().isEmpty();
    }

    /** What became of one predicted statement: whether its content was matched, and its source too. */
    public record Outcome(boolean contentMatched, boolean attributed) {}

    /**
     * Each predicted statement's outcome, under the same one-to-one matching as {@link #score}.
     *
     * @param gold the gold corpus
     * @param pred predictions for its articles
     * @return per article, the outcome of each predicted statement in order
     */
    public static Map<String, List<Outcome>> outcomes(GoldCorpus gold, Predictions pred) {
        Map<String, List<Outcome>> out = new LinkedHashMap<>();
        for (ScoredArticle article : gold.articles().values()) {
            List<ScoredAttribution> g = gold.gold().get(article.name());
            List<ScoredAttribution> p = pred.byArticle().getOrDefault(article.name(), List.of());
            Outcome[] each = new Outcome[p.size()];
            java.util.Arrays.fill(each, new Outcome(false, false));
            for (GreedyMatcher.Pair pair : GreedyMatcher.match(p, g)) {
                if (pair.dice() >= 0.5) {
                    each[pair.pred()] = new Outcome(true, sameSource(p.get(pair.pred()), g.get(pair.gold())));
                }
            }
            out.put(article.name(), List.of(each));
        }
        return out;
    }

    /** The distinct non-empty spans of a role. */
    private static Set<Extent> spans(List<ScoredAttribution> attributions, Role role) {
        Set<Extent> out = new HashSet<>();
        for (ScoredAttribution a : attributions) {
            if (!a.extent(role).isEmpty()) {
                out.add(a.extent(role));
            }
        }
        return out;
    }

    /** The union of the tokens of a role over an article's statements. */
    private static TokenSet tokens(List<ScoredAttribution> attributions, Role role, ScoredArticle article) {
        return TokenSet.union(attributions.stream()
                .map(a -> switch (role) {
                    case CONTENT -> a.contentTokens();
                    case SOURCE -> a.sourceTokens();
                    case CUE -> article.tokens().tokens(a.cue());
                })
                .toList());
    }
}
