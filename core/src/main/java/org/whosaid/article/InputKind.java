package org.whosaid.article;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of input whosaid reads, recognised by their first bytes and, where those say nothing
 * certain, by the file name's extension.
 */
public enum InputKind {
    /** Plain UTF-8 text: one article. */
    TEXT(TextReader::new, ".txt", ".text"),
    /** A saved web page: one article, its body found among the page's furniture. */
    HTML(HtmlReader::new, ".html", ".htm", ".xhtml"),
    /** A WARC web archive, plain or record-compressed: one article per HTML page fetched. */
    WARC(WarcArchiveReader::new, ".warc", ".warc.gz"),
    /** An RSS or Atom feed: one article per item. */
    FEED(FeedReader::new, ".rss", ".atom", ".xml"),
    /** JSON Lines: one article per line. */
    JSONL(JsonLinesReader::new, ".jsonl");

    private static final int HEAD = 8192;

    private final Supplier<ArticleReader> reader;
    private final String[] extensions;

    InputKind(Supplier<ArticleReader> reader, String... extensions) {
        this.reader = reader;
        this.extensions = extensions;
    }

    /** @return a reader for this kind */
    public ArticleReader reader() {
        return reader.get();
    }

    /**
     * @param file a file
     * @return the kind its name says, or null where the name says none
     */
    public static InputKind byName(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (InputKind kind : values()) {
            for (String ext : kind.extensions) {
                if (name.endsWith(ext) && name.length() > ext.length()) {
                    return kind;
                }
            }
        }
        return null;
    }

    /**
     * @param file a file
     * @return its kind: by its first bytes where they are telling (gzip, "WARC/", an XML feed's or an
     *         HTML page's root, "{"), else by its extension, else plain text
     * @throws InputException where it is missing, unreadable, empty, or compressed other than a WARC
     */
    public static InputKind detect(Path file) throws InputException {
        String name = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (head.length == 0) {
            throw new InputException(name, "empty");
        }
        InputKind byName = byName(file);
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return compressed(file);
        }
        String start = sniffText(head).stripLeading();
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (start.startsWith("<")) {
            return markup(start, byName);
        }
        if (start.startsWith("{") && (byName == null || byName == JSONL)) {
            return JSONL;
        }
        return byName == null ? TEXT : byName;
    }

    private static InputKind compressed(Path file) throws InputException {
        byte[] inner;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            inner = in.readNBytes(5);
        } catch (EOFException e) {
            throw new InputException(file.toString(), "damaged gzip data (it ends too early)");
        } catch (IOException e) {
            throw new InputException(file.toString(), "damaged gzip data (" + e.getMessage() + ")");
        }
        if (new String(inner, StandardCharsets.ISO_8859_1).equals("WARC/")) {
            return WARC;
        }
        throw new InputException(file.toString(), "gzip-compressed, but not a WARC archive; decompress it first");
    }

    /** Feeds by their root element, pages by doctype or root; other markup by name, else as a page. */
    private static InputKind markup(String start, InputKind byName) {
        String s = start.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && s.charAt(i) == '<') {
            if (s.startsWith("<?", i)) {
                i = after(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = after(s, "-->", i);
            } else if (s.startsWith("<!doctype", i)) {
                if (s.startsWith("html", skipSpace(s, i + 9))) {
                    return HTML;
                }
                i = after(s, ">", i);
            } else {
                int end = i + 1;
                while (end < s.length()
                        && (Character.isLetterOrDigit(s.charAt(end)) || ":_-.".indexOf(s.charAt(end)) >= 0)) {
                    end++;
                }
                String root = s.substring(i + 1, end);
                if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
                    return FEED;
                }
                if (root.equals("html")) {
                    return HTML;
                }
                return byName == FEED ? FEED : HTML;
            }
            if (i < 0) {
                break;
            }
            i = skipSpace(s, i);
        }
        return byName == null || byName == TEXT ? HTML : byName;
    }

    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The head as text for sniffing: UTF-16 where a byte order mark says so, else byte for byte. */
    private static String sniffText(byte[] head) {
        if (head.length >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return new String(head, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
    }
}
