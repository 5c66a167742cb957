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
     * @param previousEnd one past the last character of the sentence before, or -1 for the first
     * @param start the first character of this sentence
     * @return whether this sentence starts a paragraph
     */
    public static boolean startsParagraph(String text, int previousEnd, int start) {
        return previousEnd >= 0 && text.substring(previousEnd, start).indexOf('\n') >= 0;
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
