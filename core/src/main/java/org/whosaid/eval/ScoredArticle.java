package org.whosaid.eval;

/**
 * An article as the scorer sees it: its name, its text by code points and its tokens.
 *
 * @param name the article's name (file name without extension)
 * @param text the text
 * @param tokens its tokenisation
 */
public record ScoredArticle(String name, CodePoints text, Tokenization tokens) {

    /**
     * @param name the article's name
     * @param text its text
     * @return the article, tokenised
     */
    public static ScoredArticle of(String name, String text) {
        CodePoints cp = new CodePoints(text);
        return new ScoredArticle(name, cp, Tokenization.of(cp));
    }
}
