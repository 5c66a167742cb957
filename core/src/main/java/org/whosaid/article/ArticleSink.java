package org.whosaid.article;

/** Receives what readers find in their inputs: articles, and problems with inputs or records. */
public interface ArticleSink {

    /**
     * @param article an article read
     */
    void article(Article article);

    /**
     * @param problem an input or record that could not be read; the rest goes on
     */
    void problem(InputException problem);
}
