package org.whosaid.nlp;

/**
 * One token of a parsed article.
 *
 * @param index position in the document (0-based, over all sentences)
 * @param sentence index of its sentence
 * @param start first character in the article text
 * @param end one past the last character
 * @param word the token's text as it stands in the article
 * @param pos Penn Treebank part of speech
 * @param lemma lemma
 * @param ner named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code DATE}, ... or {@code O})
 * @param timex the normalised value of a time expression (SUTime, e.g. {@code 2017-03-31}), or null
 * @param head document index of its head in the basic dependency tree, or -1 for the root
 * @param relation the dependency relation to its head ({@code nsubj}, {@code ccomp}, ...; {@code root})
 */
public record Token(
        int index,
        int sentence,
        int start,
        int end,
        String word,
        String pos,
        String lemma,
        String ner,
        String timex,
        int head,
        String relation) {

    /** @return whether the part of speech is a verb's */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** @return whether the part of speech is a noun's (proper or common) */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** @return whether the token is tagged as part of a person's name */
    public boolean isPerson() {
        return "PERSON".equals(ner);
    }
}
