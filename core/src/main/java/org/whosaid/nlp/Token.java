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

    /** @return whether the token is a verb in the past or present tense, one that heads a clause of its own */
    public boolean isFinite() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** @return whether the token is a double quotation mark, straight, curly or as the tokenizer writes it */
    public boolean isQuoteMark() {
        return switch (word) {
            case "``", "''", "\"", "\u201c", "\u201d" -> true;
            default -> false;
        };
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
