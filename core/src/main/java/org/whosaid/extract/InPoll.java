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
 * Finds "In the latest Ipsos poll, Labour leads by six points": a sentence that opens with a poll
 * reports what the poll found. The poll is the source, "In" the cue, and the clause the phrase hangs
 * on, if it has a subject ("In the polls, anyway" has none), what was said. Where that clause's verb
 * is the cue of a statement found before ("In a poll, 75 percent said ..."), that statement stands and
 * this rule stands aside: "remained" or "were unhappy" report what the poll found.
 */
final class InPoll implements FindingRule {

    private static final Set<String> POLLS = Set.copyOf(WordList.lines("polls.txt"));

    @Override
    public String name() {
        return "in-poll";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft.deps(), found));
    }

    private List<Statement> find(Dependencies deps, List<Statement> found) {
        List<Statement> out = new ArrayList<>();
        List<Token> tokens = deps.doc().tokens();
        String text = deps.doc().text();
        for (Token in : tokens) {
            if (!in.word().equalsIgnoreCase("in")
                    || !in.relation().equals(Relations.CASE)
                    || !opensSentence(deps, in)) {
                continue;
            }
            int poll = in.head();
            Token noun = deps.token(poll);
            int clause = noun.head();
            if (!POLLS.contains(noun.word().toLowerCase(Locale.ROOT))
                    || !noun.relation().startsWith(Relations.OBL)
                    || clause < poll
                    || deps.child(clause, Relations.NSUBJ, Relations.EXPL) < 0
                    || isCue(deps.token(clause), found)) {
                continue;
            }
            int[] who = deps.subtree(poll);
            List<Span> content = deps.clauseWithout(clause, poll);
            if (content.isEmpty() || who[0] != in.index()) {
                continue;
            }
            Span source = Span.of(
                    text,
                    tokens.get(in.index() + 1).start(),
                    tokens.get(who[1] - 1).end());
            Span cue = Span.of(text, in.start(), in.end());
            out.add(new Statement(Kind.INDIRECT, source, cue, content, null, in.sentence(), name()));
        }
        return out;
    }

    /** Whether a statement found before has the word in its cue. */
    private static boolean isCue(Token verb, List<Statement> found) {
        return found.stream()
                .anyMatch(s -> s.cue() != null
                        && s.cue().start() <= verb.start()
                        && verb.end() <= s.cue().end());
    }

    /** Whether only conjunctions ("But in the poll, ...") come before the word in its sentence. */
    private static boolean opensSentence(Dependencies deps, Token t) {
        for (int i = t.index() - 1; i >= 0 && deps.token(i).sentence() == t.sentence(); i--) {
            if (!deps.token(i).pos().equals("CC")) {
                return false;
            }
        }
        return true;
    }
}
