package org.whosaid.extract;

import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/**
 * "criticized the plan", "described Clinton as a disgrace", "called Trump a liar": the verb's object,
 * with what the verb says of it, where the object is not whom the words were told to, nor a proposal
 * the verb answers ("rebuffed his offer", see {@link AnsweredProposals}).
 */
final class ObjectComplement implements Complement {

    private static final Set<String> QUOTE_CLOSERS = Set.of("\"", "\u201d", "\u2019", "''");

    @Override
    public String name() {
        return "reported-object";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int obj = ReportedSpeech.objectAfter(deps, verb);
        if (obj < 0
                || reliability < CueLexicon.OBJECT
                || isAddressee(deps.token(obj)) && !described(deps, verb, obj) && !subjectOfClause(deps, verb)) {
            return null;
        }
        if (AnsweredProposals.standard()
                .answers(deps.token(verb).lemma(), deps.token(obj).lemma())) {
            // "rebuffed his offer": a decision about someone else's proposal, not words of one's own
            return null;
        }
        return List.of(predicative(deps, verb, obj));
    }

    private static int[] predicative(Dependencies deps, int verb, int obj) {
        int[] span = deps.subtree(obj);
        for (int c : deps.children(verb)) {
            String rel = deps.token(c).relation();
            if (c > verb
                    && (rel.equals(Relations.XCOMP)
                            || rel.equals(Relations.OBJ)
                            || rel.equals(Relations.DEP)
                            || rel.startsWith(Relations.OBL) && hasChild(deps, c, "as"))) {
                int[] sub = deps.subtree(c);
                span[0] = Math.min(span[0], sub[0]);
                span[1] = Math.max(span[1], sub[1]);
            }
        }
        int head = deps.token(verb).head();
        if (deps.token(verb).relation().startsWith(Relations.CSUBJ) && head > span[0]) {
            // "told Hannity a Clinton loss is likely": the parser made the cue clause the subject of
            // what was said.
            span[1] = Math.max(span[1], deps.subtree(head)[1]);
        }
        while (span[1] - 1 > span[0]
                && deps.isPunct(span[1] - 1)
                && !QUOTE_CLOSERS.contains(deps.token(span[1] - 1).word())) {
            span[1]--;
        }
        return span;
    }

    /** "called Trump a liar": the person named is what the statement is about, not whom it is told to. */
    private static boolean described(Dependencies deps, int verb, int obj) {
        return deps.child(obj, Relations.DEP, Relations.XCOMP) >= 0 || deps.child(verb, Relations.XCOMP) > obj;
    }

    /**
     * "analysts agreed it was still a top-heavy plan": the parser made the cue clause the subject of a
     * copula after it, and the cue's object is the subject of what was said, not whom it was told to.
     */
    private static boolean subjectOfClause(Dependencies deps, int verb) {
        int head = deps.token(verb).head();
        return deps.token(verb).relation().startsWith(Relations.CSUBJ)
                && head > verb
                && deps.child(head, Relations.COP) > verb;
    }

    private static boolean hasChild(Dependencies deps, int head, String word) {
        for (int c : deps.children(head)) {
            if (deps.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** "told reporters", "told him": an object that names who was spoken to, not what was said. */
    private static boolean isAddressee(Token obj) {
        return obj.pos().startsWith("PRP")
                || !"O".equals(obj.ner())
                || obj.lemma().equals("reporter")
                || obj.lemma().equals("audience");
    }
}
