package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.SharedData;

class FeedReaderTest {

    @TempDir
    Path dir;

    private Collected read(Path file) throws InputException {
        Collected sink = new Collected();
        new FeedReader().read(file, sink);
        return sink;
    }

    @Test
    void theExampleFeedGivesTheArticleFromItsFullContent() throws Exception {
        Collected sink = read(SharedData.examples().resolve("flynn-immunity.rss"));

        assertEquals(1, sink.articles.size(), sink.report());
        Article a = sink.articles.get(0);
        assertEquals(
                Files.readString(SharedData.examples().resolve("flynn-immunity.txt"))
                        .strip(),
                a.text().strip());
        assertFalse(a.text().contains("appeared first on"));
        assertFalse(a.text().contains("pictured in February"));
        assertEquals("Michael Flynn: Congress investigators rebuff immunity offer", a.title());
        assertEquals("https://news.example.org/world/2017/03/31/flynn-immunity-offer-rebuffed", a.url());
        assertEquals("The Daily Ledger", a.outlet());
        assertEquals(ArticleIds.fromUrl(a.url()), a.id(), "the same id as the page in an archive");
        assertEquals(LocalDate.of(2017, 3, 31), a.published(), "the day as written, though it is 1 April in UTC");
        assertEquals(
                "examples/flynn-immunity.rss: 2 items, 1 article; skipped without text (1)",
                sink.summaries.get(0).toString().replaceAll("^.*examples/", "examples/"));
    }

    @Test
    void anAtomEntryWithoutContentIsReadFromItsSummary() throws Exception {
        Path atom = dir.resolve("news.atom");
        Files.writeString(atom, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Example Wire</title>
                  <link href="https://wire.example.com/"/>
                  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
                  <updated>2024-05-02T10:00:00Z</updated>
                  <entry>
                    <title>Port strike ends</title>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <published>2024-05-01T22:30:00-07:00</published>
                    <updated>2024-05-02T09:00:00Z</updated>
                    <summary type="html">&lt;p&gt;The union said the strike was over.&lt;/p&gt;&lt;p&gt;"We won," its leader said.&lt;/p&gt;</summary>
                  </entry>
                </feed>
                """);
        Collected sink = read(atom);
        assertEquals(1, sink.articles.size(), sink.report());
        Article a = sink.articles.get(0);
        assertEquals("The union said the strike was over.\n\n\"We won,\" its leader said.\n", a.text());
        assertEquals("Example Wire", a.outlet());
        assertNull(a.url());
        assertEquals(ArticleIds.of("wire.example.com", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"), a.id());
        assertEquals(LocalDate.of(2024, 5, 1), a.published());
    }

    @Test
    void plainTextDescriptionsKeepTheirParagraphs() throws Exception {
        Path rss = dir.resolve("plain.rss");
        Files.writeString(rss, """
                <rss version="2.0"><channel><title>Plain</title>
                <item><guid>https://plain.example.net/1</guid><description>The mayor said the budget was final.

                "There is no more money," she said.</description></item>
                </channel></rss>
                """);
        Article a = read(rss).articles.get(0);
        assertEquals("The mayor said the budget was final.\n\n\"There is no more money,\" she said.\n", a.text());
        assertEquals(ArticleIds.fromUrl("https://plain.example.net/1"), a.id(), "an address as guid names the item");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path rss = dir.resolve("xxe.rss");
        Files.writeString(
                rss,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<rss version=\"2.0\"><channel><title>T</title><item><title>&x;</title>"
                        + "<description>The minister said &x; today.</description></item></channel></rss>\n");
        InputException e = assertThrows(InputException.class, () -> read(rss));
        assertTrue(e.getMessage().startsWith(rss + ": not XML"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aFeedThatIsNotXmlIsOneClearError() throws Exception {
        Path rss = dir.resolve("broken.rss");
        Files.writeString(rss, "<rss version=\"2.0\"><channel><title>Cut");
        InputException e = assertThrows(InputException.class, () -> read(rss));
        assertTrue(e.getMessage().startsWith(rss + ": not XML ("), e.getMessage());

        Path text = dir.resolve("notes.xml");
        Files.writeString(text, "just some words");
        e = assertThrows(InputException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(text + ": not XML ("), e.getMessage());
    }

    @Test
    void xmlThatIsNoFeedIsNamedAsSuch() throws Exception {
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(
                sitemap,
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc></url></urlset>");
        InputException e = assertThrows(InputException.class, () -> read(sitemap));
        assertEquals(sitemap + ": not an RSS or Atom feed (the root element is <urlset>)", e.getMessage());
    }

    @Test
    void itemsWithTheSameContentAsAPageGiveTheSameText() throws Exception {
        List<String> paragraphs = HtmlReaderTest.seedParagraphs();
        StringBuilder html = new StringBuilder();
        paragraphs.forEach(
                p -> html.append("<p>").append(p.replace("&", "&amp;")).append("</p>"));
        Path rss = dir.resolve("same.rss");
        Files.writeString(
                rss,
                "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                        + "<title>T</title><item><link>https://t.example/a</link><description>Short summary.</description>"
                        + "<content:encoded><![CDATA[" + html + "]]></content:encoded></item></channel></rss>");
        assertEquals(
                HtmlReaderTest.readExample().text(), read(rss).articles.get(0).text());
    }
}
