package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.SharedData;

class HtmlReaderTest {

    /** Furniture of the example page, much of it with quotes and "said" in it. */
    static final List<String> BOILERPLATE = List.of(
            "Skip to content",
            "We use cookies",
            "cookies are fine",
            "Accept all",
            "Search the Ledger",
            "US & Canada",
            "Home",
            "Michael Flynn: Congress investigators rebuff immunity offer",
            "Anna Reed",
            "Washington correspondent",
            "31 March 2017",
            "Share on Facebook",
            "Share by email",
            "pictured in February",
            "has a story to tell\", his lawyer said",
            "Image copyright",
            "Advertisement",
            "Read more",
            "should ask for immunity\" in \"witch hunt",
            "Who is Michael Flynn?",
            "Comey confirms",
            "Topics",
            "Comments (3)",
            "PatriotMom52",
            "my husband said",
            "nobody is above the law",
            "this looks bad",
            "Top stories",
            "we will not back down",
            "the mayor said",
            "poses no risk",
            "More from the Ledger",
            "the facts will decide",
            "morning briefing",
            "Sign up",
            "Privacy policy",
            "is not responsible",
            "dataLayer",
            "Mr Spicer said\"",
            "console.log");

    static List<String> seedParagraphs() throws Exception {
        return List.of(Files.readString(SharedData.examples().resolve("flynn-immunity.txt"))
                .strip()
                .split("\n\n"));
    }

    static Article readExample() throws Exception {
        Collected sink = new Collected();
        new HtmlReader().read(SharedData.examples().resolve("flynn-immunity.html"), sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(1, sink.articles.size());
        return sink.articles.get(0);
    }

    @Test
    void bodyHoldsEveryParagraphOfTheArticleAndNothingElse() throws Exception {
        Article a = readExample();
        List<String> paragraphs = List.of(a.text().strip().split("\n\n"));
        assertEquals(seedParagraphs(), paragraphs);
        for (String furniture : BOILERPLATE) {
            assertFalse(a.text().contains(furniture), "furniture in the text: " + furniture);
        }
    }

    @Test
    void metadataComesFromThePage() throws Exception {
        Article a = readExample();
        assertEquals("flynn-immunity", a.id());
        assertEquals("Michael Flynn: Congress investigators rebuff immunity offer", a.title());
        assertEquals("https://news.example.org/world/2017/03/31/flynn-immunity-offer-rebuffed", a.url());
        assertEquals("The Daily Ledger", a.outlet());
        assertEquals(LocalDate.of(2017, 3, 31), a.published());
    }
}
