package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/** Finds "subject + speech verb + clause" statements through the dependency tree. */
public final class ReportedSpeech implements StatementFinder {

    private static final Set<String> CUES = Set.of("say", "tell", "tweet", "confirm", "add", "argue", "warn", "insist");

    @Override
    public List<Statement> find(Parsed doc) {
        List<Statement> out = new ArrayList<>();
        for (Token verb : doc.tokens()) {
            if (!verb.isVerb() || !CUES.contains(verb.lemma())) {
                continue;
            }
            Token subject = null;
            Token clause = null;
            for (Token child : doc.children(verb.index())) {
                if (child.relation().startsWith("nsubj")) {
                    subject = child;
                } else if (child.relation().equals("ccomp")) {
                    clause = child;
                }
            }
            if (subject == null || clause == null) {
                continue;
            }
            int[] src = doc.subtree(subject.index());
            int[] con = doc.subtree(clause.index());
            String text = doc.text();
            out.add(new Statement(Kind.INDIRECT,
                    Span.of(text, doc.tokens().get(src[0]).start(), doc.tokens().get(src[1] - 1).end()),
                    Span.of(text, verb.start(), verb.end()),
                    List.of(Span.of(text, doc.tokens().get(con[0]).start(), doc.tokens().get(con[1] - 1).end())),
                    null, verb.sentence()));
        }
        return out;
    }
}
