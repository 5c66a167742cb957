package org.whosaid.extract;

import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * "The House will consider the bill on Wednesday, Majority Leader Steny Hoyer told reporters": a verb
 * of speaking that closes the sentence after a comma, with its speaker, which the parser hung on the
 * clause it reports. What was said is the sentence up to the comma; not where a finite verb after the
 * cue shows the host clause going on ("The benefit, it says, would be $300"), nor after a relative
 * pronoun ("Republicans, who have questioned ...").
 */
final class TrailingComplement implements Complement {

    private static final Set<String> HUNG = Set.of(Relations.CCOMP, Relations.PARATAXIS, Relations.DEP);

    @Override
    public String name() {
        return "reported-trailing";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        Token v = deps.token(verb);
        int host = v.head();
        if (!HUNG.contains(v.relation().split(":")[0])
                || host < 0
                || host > verb
                || reliability < CueLexicon.SPEECH
                || deps.child(verb, Relations.CCOMP, Relations.XCOMP) >= 0) {
            return null;
        }
        // The parser may give the verb a second subject out of the clause before ("the legislation").
        int subject = deps.nearestChild(verb, Relations.NSUBJ);
        int[] own = deps.subtree(verb);
        int speaker = subject < 0 ? -1 : deps.subtree(subject)[0];
        if (subject > verb
                || speaker <= 0
                || !deps.token(speaker - 1).word().equals(",")
                || deps.token(subject).pos().startsWith("W")) {
            return null;
        }
        Sentence s = deps.doc().sentences().get(v.sentence());
        for (int i = verb + 1; i < s.last(); i++) {
            Token t = deps.token(i);
            // "The benefit, it says, would be $300": a finite verb after the cue is the host clause's.
            if (i >= own[1] && !t.relation().equals(Relations.PUNCT)
                    || i < own[1] && (t.isFinite() || t.pos().equals("MD"))) {
                return null;
            }
        }
        int from = s.first();
        return from < speaker - 1 ? List.of(new int[] {from, speaker - 1}) : null;
    }
}
