package org.whosaid.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a saved web page as one article, its id the file name without extension. */
public final class HtmlReader implements ArticleReader {

    @Override
    public void read(Path input, ArticleSink sink) throws InputException {
        String name = input.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(input)) {
            bytes = Bytes.readAtMost(in, WebPage.MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > WebPage.MAX_BYTES) {
            throw new InputException(
                    name, "too large for a web page (the limit is " + Bytes.human(WebPage.MAX_BYTES) + ")");
        }
        if (bytes.length == 0) {
            throw new InputException(name, "empty");
        }
        if (Bytes.binary(bytes)) {
            throw new InputException(name, "binary content (NUL bytes), not a web page");
        }
        WebPage page = WebPage.parse(bytes, null, null);
        if (page.text().isBlank()) {
            throw new InputException(name, "no article text found in the page");
        }
        PageMetadata m = page.metadata();
        sink.article(
                new Article(Inputs.baseName(input), page.text(), m.title(), m.url(), m.outlet(), m.published(), name));
    }
}
