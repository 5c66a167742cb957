package org.whosaid.nlp;

import java.util.List;

/**
 * A sentence of a parsed article.
 *
 * @param index position in the document
 * @param paragraph index of its paragraph (paragraphs are separated by blank lines)
 * @param start first character
 * @param end one past the last character
 * @param first document index of its first token
 * @param tokens its tokens, in order (a view of the document's token list)
 */
public record Sentence(int index, int paragraph, int start, int end, int first, List<Token> tokens) {

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
