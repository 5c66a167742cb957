package org.whosaid.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page read as an article: its body paragraphs as plain text (separated by blank lines, the
 * headline left out so that every statement comes from the body) and what the page says about itself.
 *
 * @param metadata headline, address, publisher and day, from the page's markup
 * @param text the body text; empty where the page has none
 */
record WebPage(PageMetadata metadata, String text) {

    /** Largest page read, in bytes. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /**
     * @param html the page's bytes
     * @param charset the character set the server declared, or null to take the page's own
     *                (byte order mark, meta charset) or else UTF-8
     * @param location the page's address, for relative links, or null
     * @return the page read as an article
     */
    static WebPage parse(byte[] html, String charset, String location) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), supported(charset), location == null ? "" : location);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
        PageMetadata metadata = PageMetadata.of(doc);
        Element body = doc.body();
        PageCleaner.clean(body);
        return new WebPage(metadata, join(MainText.paragraphs(body)));
    }

    /**
     * @param content a piece of HTML, or plain text, as in a feed item
     * @return its paragraphs as plain text, separated by blank lines; empty where it has none
     */
    static String fragmentText(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        if (content.indexOf('<') < 0) {
            List<String> paragraphs = new ArrayList<>();
            for (String p : content.split("\\R\\s*\\R")) {
                String t = TextBlocks.normalize(p);
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            return join(paragraphs);
        }
        Element body = Jsoup.parseBodyFragment(content).body();
        PageCleaner.clean(body);
        return join(MainText.allParagraphs(body));
    }

    private static String join(List<String> paragraphs) {
        return paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
    }

    private static String supported(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
