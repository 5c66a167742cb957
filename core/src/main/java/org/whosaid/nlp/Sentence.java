package org.whosaid.nlp;

import java.util.List;

/**
 * A sentence of a parsed article.
 *
 * @param index position in the document
 * @param paragraph index of its paragraph (a sentence that starts a line starts a paragraph)
 * @param start first character
 * @param end one past the last character
 * @param first document index of its first token
 * @param tokens its tokens, in order (a view of the document's token list)
 */
public record Sentence(int index, int paragraph, int start, int end, int first, List<Token> tokens) {

    /**
     * Paragraphs are lines: a blank line parts them, and so does a single line break after which a
     * sentence starts, as some outlets write their paragraphs.
     *
     * @param text the article text
     * @param previous the sentence before as {paragraph, start, end, ...}, or null for the first
     * @param start the first character of this sentence
     * @return the index of this sentence's paragraph
     */
    public static int paragraphAfter(String text, int[] previous, int start) {
        if (previous == null) {
            return 0;
        }
        return previous[0] + (text.substring(previous[2], start).indexOf('\n') >= 0 ? 1 : 0);
    }

    /** @return document index one past its last token */
    public int last() {
        return first + tokens.size();
    }

    /**
     * @param documentIndex a document token index inside this sentence
     * @return that token
     */
    public Token token(int documentIndex) {
        return tokens.get(documentIndex - first);
    }
}
