package org.whosaid.speaker;

import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Finds what a relative pronoun stands for: the phrase right before it ("Stumpf, who was questioned",
 * "the network, which reported", "a former minister who is a critic"). The parser often hangs the
 * clause elsewhere, so the words' order decides rather than the tree.
 */
final class RelativePronouns {

    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    /** Marks that may set a relative clause off from its noun: "Stumpf, who", "Clinton — who". */
    private static final Set<String> SETS_OFF = Set.of(",", "—", "–", "--", "-");

    private RelativePronouns() {}

    /**
     * @param t a token
     * @return whether it is a relative pronoun
     */
    static boolean isRelative(Token t) {
        return (t.pos().equals("WP") || t.pos().equals("WDT"))
                && RELATIVE.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * @param doc the parsed article
     * @param pronoun document index of a relative pronoun
     * @return document index of the head of the phrase it stands for, or -1
     */
    static int antecedent(Parsed doc, int pronoun) {
        int first = doc.sentenceOf(pronoun).first();
        int k = pronoun - 1;
        if (k >= first && SETS_OFF.contains(doc.tokens().get(k).word())) {
            k--;
        }
        if (k < first || !doc.tokens().get(k).isNoun()) {
            return -1;
        }
        return k;
    }

    /**
     * A predicate noun in a relative clause ("who is a harsh critic of ..."): the relative pronoun that
     * is its subject.
     *
     * @param doc the parsed article
     * @param from first token of a noun phrase
     * @return document index of the relative pronoun before "is", "was", ... right before the phrase, or -1
     */
    static int predicateOf(Parsed doc, int from) {
        int first = doc.sentenceOf(from).first();
        int k = from - 1;
        if (k - 1 < first || !doc.tokens().get(k).lemma().equals("be")) {
            return -1;
        }
        return isRelative(doc.tokens().get(k - 1)) ? k - 1 : -1;
    }
}
