package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/** Parses as the parser sometimes gets them wrong, to test the rules that mend them. */
final class Rehung {

    private Rehung() {}

    /** The article with one token hung elsewhere, as the parser sometimes hangs it. */
    static Parsed rehung(Parsed doc, String word, String onto, String relation) {
        return rehung(doc, index(doc, word), index(doc, onto), relation);
    }

    /** The article with its first token of this word made the root of its sentence. */
    static Parsed root(Parsed doc, String word) {
        return rehung(doc, index(doc, word), -1, "root");
    }

    private static Parsed rehung(Parsed doc, int verb, int head, String relation) {
        List<Token> tokens = new ArrayList<>(doc.tokens());
        Token t = tokens.get(verb);
        tokens.set(
                verb,
                new Token(
                        t.index(),
                        t.sentence(),
                        t.start(),
                        t.end(),
                        t.word(),
                        t.pos(),
                        t.lemma(),
                        t.ner(),
                        t.timex(),
                        head,
                        relation));
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(new Sentence(
                    s.index(),
                    s.paragraph(),
                    s.start(),
                    s.end(),
                    s.first(),
                    tokens.subList(s.first(), s.first() + s.tokens().size())));
        }
        return new Parsed(doc.text(), doc.published(), tokens, sentences, doc.entities());
    }

    /** @return the document index of the first token with this word */
    static int index(Parsed doc, String word) {
        return doc.tokens().stream()
                .filter(t -> t.word().equals(word))
                .findFirst()
                .orElseThrow()
                .index();
    }
}
