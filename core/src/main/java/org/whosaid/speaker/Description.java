package org.whosaid.speaker;

import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * A noun phrase that describes rather than names: its head noun, whether it is definite ("the bank",
 * "Mr Flynn's attorney") or indefinite ("a congressional aide", "another slide"), and the entity it
 * is tied to by a possessor, a name in compound or a preposition ("Mr Flynn's attorney", "the IMF
 * report", "a spokesman for Devin Nunes", "an analysis by Lily Batchelder").
 *
 * @param head document index of the head noun
 * @param noun the head noun in plain lower case, abbreviations spelled out
 * @param definite whether an article, demonstrative or possessor makes it definite
 * @param indefinite whether "a", "an", "another", "some" or the like opens it
 * @param plural whether its head noun is plural
 * @param tie the index of the cluster it is tied to, or -1
 */
record Description(int head, String noun, boolean definite, boolean indefinite, boolean plural, int tie) {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Adjectives that set one of a kind apart from another rather than describe it. */
    private static final Set<String> RELATIONAL = Set.of("other", "last", "next", "same", "latter");

    /**
     * @param adjective a word in lower case
     * @return whether it sets one apart from another ("the other man", "the last candidate")
     */
    static boolean isRelational(String adjective) {
        return RELATIONAL.contains(adjective);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a noun
     * @return the description headed by it
     */
    static Description of(Parsed doc, Clusters clusters, int head) {
        Token noun = doc.tokens().get(head);
        boolean definite = false;
        boolean indefinite = false;
        int tie = -1;
        for (Token c : doc.children(head)) {
            String r = c.relation();
            if (r.equals("det")) {
                boolean the = DEFINITE.contains(c.word().toLowerCase(Locale.ROOT));
                definite |= the;
                indefinite |= !the;
            } else if (r.equals("nmod:poss")
                    || r.startsWith("compound")
                    || (r.equals("nmod") && hasCase(doc, c, "for", "of", "to", "by", "from", "at"))) {
                int at = clusters.clusterAt(c.index());
                tie = at >= 0 && tie < 0 ? at : tie;
            }
            if (r.equals("nmod:poss")) {
                definite = true;
            }
        }
        String word = noun.pos().startsWith("NNP") ? noun.word() : noun.lemma();
        return new Description(
                head,
                Honorifics.role(word),
                definite,
                indefinite,
                noun.pos().equals("NNS") || noun.pos().equals("NNPS"),
                tie);
    }

    /**
     * @param word another head noun in plain lower case
     * @return this description with that noun
     */
    Description withNoun(String word) {
        return new Description(head, word, definite, indefinite, plural, tie);
    }

    /**
     * @param doc the parsed article
     * @param t a token
     * @param words prepositions, lower case
     * @return whether one of the prepositions marks the token
     */
    static boolean hasCase(Parsed doc, Token t, String... words) {
        for (Token c : doc.children(t.index())) {
            if (c.relation().equals("case")) {
                for (String w : words) {
                    if (c.word().equalsIgnoreCase(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
