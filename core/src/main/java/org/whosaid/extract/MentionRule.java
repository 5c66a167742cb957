package org.whosaid.extract;

import java.util.function.BiFunction;
import org.whosaid.statement.Rule;

/**
 * A way of finding the mention that names the speaker of a cue verb. {@link SpeakerMentions} tries
 * the rules in order; the first that finds one wins.
 */
interface MentionRule extends Rule {

    /**
     * @param mentions the article's mention finder
     * @param verb the cue verb's document index
     * @return [first, one past last] token of the mention, or null where this rule finds none
     */
    int[] find(SpeakerMentions mentions, int verb);

    /** @return the rule of that name that finds mentions so */
    static MentionRule of(String name, BiFunction<SpeakerMentions, Integer, int[]> finder) {
        return new MentionRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int[] find(SpeakerMentions mentions, int verb) {
                return finder.apply(mentions, verb);
            }
        };
    }
}
