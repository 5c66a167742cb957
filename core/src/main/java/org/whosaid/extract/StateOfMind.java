package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Finds a state of mind the writer reports with a that-clause: "his advisers were optimistic that he
 * would win", "Many Democrats are afraid that ...", "the government is worried that ...". The shape
 * is the evidence, not the adjective, so that no list of attitudes is needed: an adjective after a
 * copula, with a subject of its own and a clause opened by "that". The cue runs from the first
 * auxiliary or copula before the adjective to it ("have long been concerned"); the subject is the
 * source. Not "so grave that" or "such ... that" (what followed), nor "it is clear that" (no one holds
 * the view).
 */
public final class StateOfMind implements FindingRule {

    private static final Set<String> DEGREE = Set.of("so", "such", "too");
    private static final Set<String> EXPLETIVE = Set.of("it", "this", "that", "there", "what");

    @Override
    public String name() {
        return "state-of-mind";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft));
    }

    List<Statement> find(Draft draft) {
        Dependencies deps = draft.deps();
        SpeakerMentions speakers = new SpeakerMentions(deps, draft.rules());
        List<Statement> out = new ArrayList<>();
        for (Token adj : deps.doc().tokens()) {
            int a = adj.index();
            if (!adj.pos().equals("JJ") || deps.quoted(a)) {
                continue;
            }
            int clause = thatClause(deps, a);
            int first = firstAuxiliary(deps, a);
            int subject = deps.child(a, Relations.NSUBJ);
            if (clause < 0
                    || first < 0
                    || subject < 0
                    || subject > a
                    || EXPLETIVE.contains(deps.token(subject).word().toLowerCase(Locale.ROOT))
                    || degree(deps, a)) {
                continue;
            }
            SpeakerMentions.Found mention = speakers.speakerOf(a);
            if (mention == null) {
                continue;
            }
            int[] r = deps.subtree(clause);
            // Edge punctuation goes with the overlaps step (ContentBoundaries).
            int end = ChainedReports.end(deps.doc(), r[0], r[1], draft.lexicon());
            end = TrailingParticiples.end(deps.doc(), r[0], end, draft.lexicon());
            Span cue = Span.of(deps.doc().text(), deps.token(first).start(), adj.end());
            Span content = deps.span(new int[] {r[0], end});
            out.add(new Statement(Kind.INDIRECT, null, cue, List.of(content), null, adj.sentence(), name())
                    .withSource(deps.span(mention.tokens()), mention.rule()));
        }
        return out;
    }

    /** @return the clause after the adjective that "that" opens, or -1 */
    private static int thatClause(Dependencies deps, int adj) {
        for (int c : deps.children(adj)) {
            if (c > adj && deps.token(c).relation().equals(Relations.CCOMP)) {
                for (int m : deps.children(c)) {
                    if (deps.token(m).relation().equals(Relations.MARK)
                            && deps.token(m).word().equalsIgnoreCase("that")) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** @return the first auxiliary or copula before the adjective, where it has a copula, or -1 */
    private static int firstAuxiliary(Dependencies deps, int adj) {
        int first = -1;
        boolean copula = false;
        for (int c : deps.children(adj)) {
            String rel = deps.token(c).relation();
            if (c < adj && (rel.equals(Relations.COP) || rel.equals(Relations.AUX))) {
                copula |= rel.equals(Relations.COP);
                first = first < 0 ? c : Math.min(first, c);
            }
        }
        return copula ? first : -1;
    }

    /** @return whether "so", "such" or "too" grades the adjective, so that the clause tells what followed */
    private static boolean degree(Dependencies deps, int adj) {
        for (int c : deps.children(adj)) {
            if (DEGREE.contains(deps.token(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
