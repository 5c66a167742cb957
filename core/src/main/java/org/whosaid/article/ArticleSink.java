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

    /**
     * Called once an input holding many records (an archive, a feed, a line file) has been read.
     *
     * @param summary what it held and what became of it
     */
    default void finished(ReadSummary summary) {}
}
