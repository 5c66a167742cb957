package org.whosaid.nlp;

import java.util.Arrays;

/**
 * Which sentences of an article need their time expressions. Resolving times is costly, and a later
 * stage may know that it reads them only in a few sentences.
 */
@FunctionalInterface
public interface TimeScope {

    /** Every sentence. */
    TimeScope ALL = draft -> {
        boolean[] all = new boolean[draft.sentences().size()];
        Arrays.fill(all, true);
        return all;
    };

    /**
     * @param draft the article after the linguistic pass, without time values yet
     * @return for each sentence, whether its time expressions are wanted
     */
    boolean[] select(Parsed draft);
}
