package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;

/** "X said: ...": a clause after the verb that the parser set beside it rather than under it. */
final class ParataxisComplement implements Complement {

    @Override
    public String name() {
        return "reported-parataxis";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int parataxis = deps.child(verb, Relations.PARATAXIS);
        return parataxis > verb && reliability >= CueLexicon.INFINITIVE ? List.of(deps.subtree(parataxis)) : null;
    }
}
