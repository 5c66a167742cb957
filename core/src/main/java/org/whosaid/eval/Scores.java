package org.whosaid.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one evaluation, as the reference scorer reports them.
 *
 * @param exact per role: the set of an article's role spans compared by equality
 * @param token per role: the union of an article's role tokens compared as sets
 * @param contentMatched matched pairs whose content Dice is at least 0.5
 * @param attributed content-matched pairs whose sources share a token (or both have none)
 * @param dqContentMatched content-matched, on direct quotes
 * @param dqAttributed attributed, on direct quotes
 * @param counts how many articles and statements were scored
 * @param goldStats what was noticed in the gold
 * @param predStats what was noticed in the predictions
 */
public record Scores(
        Map<Role, Prf> exact,
        Map<Role, Prf> token,
        Prf contentMatched,
        Prf attributed,
        Prf dqContentMatched,
        Prf dqAttributed,
        Counts counts,
        GoldStats goldStats,
        PredStats predStats) {

    /** Keeps the role maps unmodifiable, in role order. */
    public Scores {
        exact = Collections.unmodifiableMap(new EnumMap<>(exact));
        token = Collections.unmodifiableMap(new EnumMap<>(token));
    }

    /**
     * How much was scored.
     *
     * @param articles gold articles
     * @param goldAttributions gold statements
     * @param predAttributions predicted statements
     * @param goldDirectQuote gold statements that are direct quotes
     * @param predDirectQuote predicted statements that are direct quotes
     */
    public record Counts(
            int articles, int goldAttributions, int predAttributions, int goldDirectQuote, int predDirectQuote) {}
}
