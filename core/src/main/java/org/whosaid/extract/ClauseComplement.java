package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;

/** "X said (that) ...": the verb's clausal complement. */
final class ClauseComplement implements Complement {

    /** The rule's name. */
    static final String NAME = "reported-ccomp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int ccomp = deps.child(verb, Relations.CCOMP);
        if (ccomp < 0) {
            return null;
        }
        // The clause ends where a participle set off by a comma reports more or tells what the speaker did.
        int[] r = deps.subtree(ccomp);
        r[1] = TrailingParticiples.end(deps.doc(), r[0], r[1], lexicon);
        return List.of(r);
    }
}
