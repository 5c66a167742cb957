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
 * Finds what a judgement others passed was for: "Suu Kyi has faced sharp criticism for failing to
 * address ...", "the plan drew praise from unions for its focus on wages". The cue is the verb of
 * receiving (see {@code received.txt}) up to "for" or "over"; the judging noun must be a cue word; the
 * source is who the judgement came "from", where the sentence says so, never the verb's subject, who
 * was judged.
 */
public final class JudgedFor implements FindingRule {

    private static final Set<String> FOR = Set.of("for", "over");

    @Override
    public String name() {
        return "judged-for";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft.deps(), draft.lexicon()));
    }

    List<Statement> find(Dependencies deps, CueLexicon lexicon) {
        List<Statement> out = new ArrayList<>();
        String text = deps.doc().text();
        for (Token noun : deps.doc().tokens()) {
            int n = noun.index();
            int verb = noun.head();
            if (!noun.isNoun()
                    || !noun.relation().equals(Relations.OBJ)
                    || verb < 0
                    || verb > n
                    || deps.quoted(n)
                    || !SpeakerMentions.RECEIVED.contains(
                            deps.token(verb).lemma().toLowerCase(Locale.ROOT))
                    || lexicon.reliability(noun) < CueLexicon.CLAUSE) {
                continue;
            }
            int reason = reasonAfter(deps, verb, n);
            if (reason < 0) {
                continue;
            }
            int head = deps.token(reason).head();
            int[] what = {reason + 1, deps.subtree(head)[1]};
            while (what[1] - 1 > what[0] && deps.isPunct(what[1] - 1)) {
                what[1]--;
            }
            if (what[1] <= what[0]) {
                continue;
            }
            int from = judge(deps, verb, n);
            Span source = from < 0
                    ? null
                    : deps.span(
                            new int[] {from + 1, deps.subtree(deps.token(from).head())[1]});
            Span cue =
                    Span.of(text, deps.token(verb).start(), deps.token(reason).end());
            Span content = deps.span(what);
            out.add(new Statement(Kind.INDIRECT, source, cue, List.of(content), null, noun.sentence(), name()));
        }
        return out;
    }

    /** @return the "for" or "over" after the noun that ties what the judgement was for to it or its verb, or -1 */
    private static int reasonAfter(Dependencies deps, int verb, int noun) {
        int sentence = deps.token(noun).sentence();
        for (int i = noun + 1; i < deps.doc().tokens().size() && deps.token(i).sentence() == sentence; i++) {
            Token t = deps.token(i);
            if (!FOR.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = t.head();
            boolean tied =
                    head > i && (deps.dominates(noun, head) || deps.token(head).head() == verb);
            return tied ? i : -1;
        }
        return -1;
    }

    /** @return the "from" that names who judged, on the noun or its verb, or -1 */
    private static int judge(Dependencies deps, int verb, int noun) {
        for (int head : new int[] {verb, noun}) {
            for (int c : deps.children(head)) {
                int from = caseFrom(deps, c);
                if (from >= 0) {
                    return from;
                }
            }
        }
        return -1;
    }

    private static int caseFrom(Dependencies deps, int phrase) {
        for (int c : deps.children(phrase)) {
            if (c < phrase
                    && deps.token(c).relation().equals(Relations.CASE)
                    && deps.token(c).word().equalsIgnoreCase("from")) {
                return c;
            }
        }
        return -1;
    }
}
