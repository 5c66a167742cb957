package org.whosaid.eval;

import java.util.List;

/**
 * Which predicted statements of an article are right, paired with gold as the scorer pairs them:
 * content-matched (content Dice of at least 0.5) and attributed (and the sources agree).
 */
public final class Outcomes {

    private Outcomes() {}

    /**
     * @param pred the predicted statements of an article
     * @param gold its gold statements
     * @return for each prediction, whether it is attributed: the right words with the right source
     */
    public static boolean[] attributed(List<ScoredAttribution> pred, List<ScoredAttribution> gold) {
        boolean[] right = new boolean[pred.size()];
        for (GreedyMatcher.Pair pair : GreedyMatcher.match(pred, gold)) {
            if (pair.dice() >= 0.5 && pred.get(pair.pred()).sameSource(gold.get(pair.gold()))) {
                right[pair.pred()] = true;
            }
        }
        return right;
    }
}
