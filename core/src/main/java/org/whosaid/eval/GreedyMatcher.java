package org.whosaid.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted with gold statements of one article, one to one: greedily by the Dice coefficient of
 * their content tokens, ties broken by the raw token overlap and then by order (prediction first, then
 * gold); only pairs that share a token are considered.
 */
public final class GreedyMatcher {

    /**
     * A matched pair.
     *
     * @param pred index of the predicted statement
     * @param gold index of the gold statement
     * @param dice the Dice coefficient of their content tokens
     */
    public record Pair(int pred, int gold, double dice) {}

    private record Candidate(double dice, int overlap, int pred, int gold) {}

    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::dice)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
            .thenComparingInt(Candidate::pred)
            .thenComparingInt(Candidate::gold);

    private GreedyMatcher() {}

    /**
     * @param pred the predicted statements of an article
     * @param gold its gold statements
     * @return the pairs, best first
     */
    public static List<Pair> match(List<ScoredAttribution> pred, List<ScoredAttribution> gold) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            TokenSet p = pred.get(i).contentTokens();
            if (p.isEmpty()) {
                continue;
            }
            for (int j = 0; j < gold.size(); j++) {
                TokenSet g = gold.get(j).contentTokens();
                int overlap = p.overlap(g);
                if (overlap > 0) {
                    candidates.add(new Candidate(2.0 * overlap / (p.size() + g.size()), overlap, i, j));
                }
            }
        }
        candidates.sort(ORDER);
        BitSet usedPred = new BitSet();
        BitSet usedGold = new BitSet();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedPred.get(c.pred()) && !usedGold.get(c.gold())) {
                usedPred.set(c.pred());
                usedGold.set(c.gold());
                pairs.add(new Pair(c.pred(), c.gold(), c.dice()));
            }
        }
        return pairs;
    }
}
