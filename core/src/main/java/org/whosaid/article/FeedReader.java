package org.whosaid.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: each item with text becomes an article, from its full
 * content ({@code content:encoded}, Atom {@code content}) where present, else its description, HTML
 * turned into plain paragraphs. Document type declarations are refused, so no external entity is
 * ever resolved.
 */
public final class FeedReader implements ArticleReader {

    /** Largest feed read, in bytes: a feed is parsed whole. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final String[] DATE_ELEMENTS = {
        "pubDate", "published", "issued", "date", "created", "updated", "modified"
    };

    @Override
    public void read(Path input, ArticleSink sink) throws InputException {
        String name = input.toString();
        Document doc = parse(input);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (IllegalArgumentException | FeedException e) {
            throw new InputException(
                    name,
                    "not an RSS or Atom feed (the root element is <"
                            + doc.getRootElement().getQualifiedName() + ">)");
        }
        List<SyndEntry> entries = feed.getEntries();
        List<Element> items = items(doc.getRootElement());
        ReadSummary.Tally tally = new ReadSummary.Tally(name, "items");
        String outlet = TextBlocks.clean(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            tally.record();
            String text = WebPage.fragmentText(content(entry));
            if (text.isBlank()) {
                tally.skip("without text");
                continue;
            }
            String link = TextBlocks.clean(entry.getLink());
            String guid = TextBlocks.clean(entry.getUri());
            String id = link != null
                    ? ArticleIds.fromUrl(link)
                    : guid != null && guid.matches("(?i)https?://.+")
                            ? ArticleIds.fromUrl(guid)
                            : guid != null ? ArticleIds.of(host(feed), guid) : Inputs.baseName(input) + "-" + (i + 1);
            LocalDate published = items.size() == entries.size() ? writtenDate(items.get(i)) : null;
            if (published == null) {
                published = day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            }
            sink.article(new Article(
                    id,
                    text,
                    TextBlocks.clean(entry.getTitle()),
                    link,
                    outlet,
                    published,
                    name + " item " + (i + 1) + (link == null ? "" : " (" + link + ")")));
            tally.article();
        }
        sink.finished(tally.summary());
    }

    /** Parses the XML with ROME's hardened parser settings, after a size check. */
    private static Document parse(Path input) throws InputException {
        String name = input.toString();
        try {
            long size = Files.size(input);
            if (size > MAX_BYTES) {
                throw new InputException(
                        name,
                        "too large for a feed (" + Bytes.human(size) + "; the limit is " + Bytes.human(MAX_BYTES)
                                + ")");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        try (InputStream in = Files.newInputStream(input);
                Reader reader = new XmlFixerReader(new XmlReader(in, true))) {
            return new HardenedInput().builder().build(reader);
        } catch (JDOMException e) {
            throw new InputException(name, "not XML (" + InputException.brief(e) + ")");
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "cannot be read as XML (" + InputException.brief(e) + ")");
        }
    }

    /** ROME's own XML parser set-up: no document type declarations, no external entities. */
    private static final class HardenedInput extends WireFeedInput {
        HardenedInput() {
            setAllowDoctypes(false);
        }

        org.jdom2.input.SAXBuilder builder() {
            return createSAXBuilder();
        }
    }

    private static String content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        SyndContent d = entry.getDescription();
        return d == null ? null : d.getValue();
    }

    /** The feed's item elements, in document order (RSS 2.0 channel items, RSS 1.0 and Atom root ones). */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String n = child.getName();
            if (n.equals("item") || n.equals("entry")) {
                items.add(child);
            } else if (n.equals("channel")) {
                for (Element c : child.getChildren()) {
                    if (c.getName().equals("item")) {
                        items.add(c);
                    }
                }
            }
        }
        return items;
    }

    /** The item's day as the feed wrote it, before any time-zone shift. */
    private static LocalDate writtenDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element c : item.getChildren()) {
                if (c.getName().equals(name)) {
                    LocalDate d = PublicationDates.parse(c.getTextTrim());
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String host(SyndFeed feed) {
        String link = TextBlocks.clean(feed.getLink());
        return link == null ? "feed" : ArticleIds.host(link);
    }
}
