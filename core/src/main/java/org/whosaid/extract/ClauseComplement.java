package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;

/** "X said (that) ...": the verb's clausal complement. */
final class ClauseComplement implements Complement {

    @Override
    public String name() {
        return "reported-ccomp";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability) {
        int ccomp = deps.child(verb, Relations.CCOMP);
        return ccomp < 0 ? null : List.of(deps.subtree(ccomp));
    }
}
