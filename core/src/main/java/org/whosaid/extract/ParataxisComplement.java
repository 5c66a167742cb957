package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;

/**
 * "X said: ...": a clause after the verb that the parser set beside it rather than under it, unless it
 * opens with a conjunction.
 */
final class ParataxisComplement implements Complement {

    @Override
    public String name() {
        return "reported-parataxis";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int parataxis = deps.child(verb, Relations.PARATAXIS);
        if (parataxis <= verb || reliability < CueLexicon.INFINITIVE) {
            return null;
        }
        int[] r = deps.subtree(parataxis);
        // ", but analysts agreed ...": a clause that opens with a conjunction goes on from the sentence
        // and is not what the verb said.
        return deps.token(r[0]).relation().equals(Relations.CC) ? null : List.of(r);
    }
}
