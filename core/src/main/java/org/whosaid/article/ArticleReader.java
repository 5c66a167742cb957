package org.whosaid.article;

import java.nio.file.Path;

/** Reads the articles of one kind of input file. */
public interface ArticleReader {

    /**
     * Reads every article of one input, streaming: each goes to the sink as soon as it is read.
     * A bad record is reported to the sink and the rest of the input still read.
     *
     * @param input the file
     * @param sink where articles and record problems go
     * @throws InputException where the input as a whole cannot be read
     */
    void read(Path input, ArticleSink sink) throws InputException;
}
