package org.whosaid.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/**
 * "high school administrators decided she should share the honor", "a memo seen by Reuters said
 * investigators were unable to ...": a verb of speaking without "that" after a long subject, which
 * the parser took for an auxiliary of the clause it governs. What was said is that clause, from the
 * word after the verb.
 */
final class MisreadAuxiliary implements Complement {

    private static final Set<String> AUXILIARIES = Set.copyOf(WordList.lines("auxiliaries.txt"));
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    @Override
    public String name() {
        return "reported-misread-auxiliary";
    }

    /**
     * @return whether the parser made the verb an auxiliary of a clause whose subject comes after
     *     it, though the verb is no auxiliary
     */
    static boolean misread(Dependencies deps, int verb) {
        Token t = deps.token(verb);
        int head = t.head();
        if (!t.relation().equals(Relations.AUX)
                || !FINITE.contains(t.pos())
                || AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))
                || head <= verb) {
            return false;
        }
        int subject = deps.child(head, Relations.NSUBJ);
        return subject > verb && subject < head;
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        if (!misread(deps, verb)) {
            return null;
        }
        int[] r = {verb + 1, deps.subtree(deps.token(verb).head())[1]};
        // The sentence's final mark is dropped with the other edge punctuation (ContentBoundaries).
        r[1] = TrailingParticiples.end(deps.doc(), r[0], r[1], lexicon);
        return List.of(r);
    }
}
