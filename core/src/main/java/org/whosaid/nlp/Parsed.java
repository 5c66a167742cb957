package org.whosaid.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An article after the linguistic pass: tokens with offsets, parts of speech, lemmas, entity tags,
 * time values and a dependency tree; sentences; named-entity mentions. Immutable.
 *
 * @param text the article text every offset refers to
 * @param published the date relative times were resolved against, or null
 * @param tokens all tokens, in order
 * @param sentences all sentences, in order
 * @param entities named-entity mentions, in order
 */
public record Parsed(
        String text, LocalDate published, List<Token> tokens, List<Sentence> sentences, List<NamedEntity> entities) {

    /** Copies the lists so the record stays immutable. */
    public Parsed {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    /**
     * @param index a document token index
     * @return that token's sentence
     */
    public Sentence sentenceOf(int index) {
        return sentences.get(tokens.get(index).sentence());
    }

    /**
     * @param head a document token index
     * @return the tokens whose head it is, in order
     */
    public List<Token> children(int head) {
        Sentence s = sentenceOf(head);
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.head() == head) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * @param head a document token index
     * @return the first and one-past-last token index of the subtree it heads
     */
    public int[] subtree(int head) {
        Sentence s = sentenceOf(head);
        int lo = head;
        int hi = head + 1;
        boolean grew = true;
        boolean[] in = new boolean[s.tokens().size()];
        in[head - s.first()] = true;
        while (grew) {
            grew = false;
            for (Token t : s.tokens()) {
                if (!in[t.index() - s.first()] && t.head() >= 0 && in[t.head() - s.first()]) {
                    in[t.index() - s.first()] = true;
                    lo = Math.min(lo, t.index());
                    hi = Math.max(hi, t.index() + 1);
                    grew = true;
                }
            }
        }
        return new int[] {lo, hi};
    }

    /**
     * @param start first character
     * @param end one past the last character
     * @return the covered text
     */
    public String text(int start, int end) {
        return text.substring(start, end);
    }
}
