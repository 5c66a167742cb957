package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/** Finds "according to X, ..." statements: X is the source, the clause around the phrase the content. */
public final class AccordingTo implements FindingRule {

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft.deps()));
    }

    List<Statement> find(Dependencies deps) {
        List<Statement> out = new ArrayList<>();
        List<Token> tokens = deps.doc().tokens();
        String text = deps.doc().text();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token according = tokens.get(i);
            if (!according.word().equalsIgnoreCase("according")
                    || !tokens.get(i + 1).word().equalsIgnoreCase("to")
                    || tokens.get(i + 1).sentence() != according.sentence()) {
                continue;
            }
            int source = according.relation().equals(Relations.CASE) ? according.head() : nominalAfter(deps, i + 1);
            if (source < 0 || source <= i + 1) {
                continue;
            }
            int clause = deps.token(source).head();
            int[] who = deps.subtree(source);
            Span cue = Span.of(text, according.start(), tokens.get(i + 1).end());
            Span src = Span.of(
                    text,
                    tokens.get(Math.max(who[0], i + 2)).start(),
                    tokens.get(who[1] - 1).end());
            List<Span> content = clause >= 0 ? deps.clauseWithout(clause, source) : List.of();
            if (!content.isEmpty()) {
                out.add(new Statement(Kind.INDIRECT, src, cue, content, null, according.sentence(), name()));
            }
        }
        return out;
    }

    /** Older tree styles hang X on "to"; take the first nominal child of "to". */
    private static int nominalAfter(Dependencies deps, int to) {
        for (int c : deps.children(to)) {
            if (deps.token(c).isNoun() || deps.token(c).pos().startsWith("PRP")) {
                return c;
            }
        }
        return -1;
    }
}
