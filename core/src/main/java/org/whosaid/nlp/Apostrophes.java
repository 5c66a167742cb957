package org.whosaid.nlp;

/**
 * The text as CoreNLP's models read it best: a typographic apostrophe inside a word ("it’s",
 * "there’ll", "don’t", "O’Brien") becomes a straight one, as in the text the models were trained on;
 * read as it is, "there’ll" is tagged a noun and "It’s" a possessive, and the sentence's tree goes
 * wrong around them. One character for one, so every offset stays that of the original text.
 */
final class Apostrophes {

    private Apostrophes() {}

    /**
     * @param text an article text
     * @return the same text, of the same length, with apostrophes between letters straight
     */
    static String straight(String text) {
        if (text.indexOf('\u2019') < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] == '\u2019' && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1])) {
                c[i] = '\'';
            }
        }
        return new String(c);
    }
}
