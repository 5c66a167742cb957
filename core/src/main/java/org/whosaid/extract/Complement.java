package org.whosaid.extract;

import java.util.List;
import org.whosaid.statement.Rule;

/**
 * What a verb of speaking governs that is what was said: one way of reading it off the dependency
 * tree. {@link ReportedSpeech} tries its complements in order; the first that applies wins.
 */
interface Complement extends Rule {

    /**
     * @param deps the article's trees
     * @param verb the cue verb's document index
     * @param reliability how often the verb's word is a cue
     * @param lexicon the cue words, for the words the content may end before
     * @return the token ranges [first, one past last] of what was said, or null where this reading
     *     does not apply
     */
    List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon);
}
