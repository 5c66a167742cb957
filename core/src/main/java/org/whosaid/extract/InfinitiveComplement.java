package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Relations;

/** "wants him to go", or a small clause with its own subject: "says he's satisfied that ...". */
final class InfinitiveComplement implements Complement {

    @Override
    public String name() {
        return "reported-xcomp";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int xcomp = deps.child(verb, Relations.XCOMP);
        if (xcomp < 0
                || xcomp <= verb
                || reliability < CueLexicon.INFINITIVE
                || !(deps.token(xcomp).isVerb() || deps.child(xcomp, Relations.NSUBJ) >= 0)
                || setOff(deps, verb, xcomp)) {
            return null;
        }
        int[] x = deps.subtree(xcomp);
        int obj = ReportedSpeech.objectAfter(deps, verb);
        int from = obj >= 0 && obj < xcomp ? deps.subtree(obj)[0] : x[0];
        return List.of(new int[] {from, x[1]});
    }

    /** "Sanders said, going on to contrast ...": a participle after a comma tells what the speaker did next. */
    private static boolean setOff(Dependencies deps, int verb, int xcomp) {
        if (!deps.token(xcomp).pos().equals("VBG")) {
            return false;
        }
        for (int k = verb + 1; k < xcomp; k++) {
            if (deps.token(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
