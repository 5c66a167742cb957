package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * A paragraph set off as a block after a paragraph that ends "X added:" or "Hewitt writes:", as pages
 * print quoted passages without quotation marks: the whole next paragraph is what X said.
 */
final class BlockQuote implements FindingRule {

    @Override
    public String name() {
        return "block-quote";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        Parsed doc = draft.doc();
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        SpeakerMentions speakers = new SpeakerMentions(draft.deps(), draft.rules());
        List<Statement> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = sentences.get(i + 1);
            List<Token> tokens = s.tokens();
            if (next.paragraph() == s.paragraph()
                    || !tokens.get(tokens.size() - 1).word().equals(":")) {
                continue;
            }
            Token cue = introducer(draft, speakers, s);
            if (cue == null
                    || opensQuoted(text, next.start())
                    || claimed(found, Span.of(text, next.start(), next.end()))) {
                continue;
            }
            SpeakerMentions.Found mention = speakers.speakerOf(cue.index());
            Span source = mention == null ? null : draft.deps().span(mention.tokens());
            out.add(new Statement(
                            Kind.INDIRECT,
                            null,
                            ReportedSpeech.cueSpan(draft.deps(), cue),
                            List.of(Span.of(text, next.start(), paragraphEnd(sentences, i + 1))),
                            null,
                            cue.sentence(),
                            name())
                    .withSource(source, mention == null ? null : mention.rule()));
        }
        return out;
    }

    /** The sentence's main verb, where it introduces speech and has a speaker, with nothing said after it. */
    private static Token introducer(Draft draft, SpeakerMentions speakers, Sentence s) {
        for (Token t : s.tokens()) {
            if (t.relation().equals(Relations.ROOT)
                    && t.isVerb()
                    && draft.lexicon().reliability(t) >= CueLexicon.CLAUSE
                    && speakers.subjectOf(t.index()) != null) {
                int[] subtree = draft.deps().subtree(t.index());
                boolean saysMore = false;
                for (int k = t.index() + 1; k < subtree[1]; k++) {
                    Token after = draft.doc().tokens().get(k);
                    saysMore |= after.isVerb() || after.relation().equals(Relations.OBJ);
                }
                return saysMore ? null : t;
            }
        }
        return null;
    }

    /** One past the last character of the paragraph whose first sentence is the given one. */
    private static int paragraphEnd(List<Sentence> sentences, int first) {
        int last = first;
        while (last + 1 < sentences.size()
                && sentences.get(last + 1).paragraph() == sentences.get(first).paragraph()) {
            last++;
        }
        return sentences.get(last).end();
    }

    /** Whether the paragraph opens with a quotation mark or markup: the quotation rules read those. */
    private static boolean opensQuoted(String text, int start) {
        char c = text.charAt(start);
        return c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '<';
    }

    /** Whether a statement found before holds words of the block's first sentence. */
    private static boolean claimed(List<Statement> found, Span first) {
        return found.stream().flatMap(s -> s.content().stream()).anyMatch(c -> c.overlaps(first));
    }
}
