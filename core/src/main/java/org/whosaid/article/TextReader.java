package org.whosaid.article;

import java.nio.file.Path;

/** Reads a plain-text file as one article, its id the file name without extension. */
public final class TextReader implements ArticleReader {

    @Override
    public void read(Path input, ArticleSink sink) throws InputException {
        String text = Texts.read(input);
        String id = Inputs.baseName(input);
        sink.article(new Article(id, text, null, null, null, null, input.toString()));
    }
}
