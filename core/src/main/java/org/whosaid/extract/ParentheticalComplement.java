package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/** "The economy, he said, is strong": what was said is the host clause around the cue. */
final class ParentheticalComplement implements Complement {

    @Override
    public String name() {
        return "reported-parenthetical";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        Token v = deps.token(verb);
        if (!v.relation().equals(Relations.PARATAXIS)
                || v.head() < 0
                || reliability < CueLexicon.INFINITIVE
                || ReportedSpeech.objectAfter(deps, verb) >= 0
                || deps.child(verb, Relations.XCOMP) >= 0) {
            return null;
        }
        int[] all = deps.subtree(v.head());
        return deps.without(all[0], all[1], verb);
    }
}
