package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebPageTest {

    private static WebPage parse(String html) {
        return WebPage.parse(html.getBytes(StandardCharsets.UTF_8), null, "https://site.example/a");
    }

    private static String paragraphs(List<String> ps) {
        StringBuilder b = new StringBuilder();
        ps.forEach(p -> b.append("<p>").append(p).append("</p>\n"));
        return b.toString();
    }

    @Test
    void withoutAnyHintTheDensestTextWinsOverLinkListsAndTeasers() throws Exception {
        List<String> body = HtmlReaderTest.seedParagraphs().stream()
                .map(p -> p.replace("&", "&amp;"))
                .toList();
        String html = "<html><body>"
                + "<div><a href=/>Home</a> | <a href=/w>World</a> | <a href=/p>Politics</a></div>"
                + "<table><tr><td><div><b>Flynn offer rebuffed</b></div><div>" + paragraphs(body) + "</div></td>"
                + "<td><div><a href=/m>Mayor says \"we will not back down\"</a></div>"
                + "<div><a href=/s>Senator: \"nobody is above the law\", she said</a></div>"
                + "<p>\"It was a long night,\" the coach said.</p></td></tr></table>"
                + "<div>Copyright 2017 Site. All rights reserved</div></body></html>";
        assertEquals(
                String.join("\n\n", HtmlReaderTest.seedParagraphs()) + "\n",
                parse(html).text());
    }

    @Test
    void doubleLineBreaksSeparateParagraphsWhereAPageHasNoParagraphElements() {
        String html =
                "<html><body><div id=story>The senator said the vote would be close, and that nobody knew the count."
                        + "<br><br>\"We will see,\" she said.<br>She left at noon.</div></body></html>";
        assertEquals(
                "The senator said the vote would be close, and that nobody knew the count.\n\n"
                        + "\"We will see,\" she said. She left at noon.\n",
                parse(html).text());
    }

    @Test
    void inlineQuotationsKeepTheirQuotationMarks() {
        String html =
                "<html><body><article><p>The minister called it <q>a fair deal</q>, aides said.</p></article></body></html>";
        assertEquals(
                "The minister called it \u201Ca fair deal\u201D, aides said.\n",
                parse(html).text());
    }

    @Test
    void metadataPrefersTheArticleDescriptionThenOpenGraphThenMarkup() {
        WebPage full = parse("<html><head><title>T - Site</title>"
                + "<meta property=og:title content='OG title'><meta property=og:site_name content='OG Site'>"
                + "<meta property=article:published_time content='2020-05-06T23:30:00-04:00'>"
                + "<link rel=canonical href='/canonical'>"
                + "<script type='application/ld+json'>[{\"@type\":[\"NewsArticle\"],\"headline\":\"LD headline\","
                + "\"datePublished\":\"2020-05-05\",\"publisher\":{\"name\":\"LD Site\"}}]</script>"
                + "</head><body><h1>H1</h1><p>Text.</p></body></html>");
        assertEquals(
                new PageMetadata("LD headline", "https://site.example/canonical", "OG Site", LocalDate.of(2020, 5, 5)),
                full.metadata());

        WebPage bare =
                parse("<html><head><title>Only a title</title><script type='application/ld+json'>{broken</script>"
                        + "</head><body><article><h1>The headline</h1><time datetime='2019-01-02T10:00'>2 Jan</time>"
                        + "<p>Text.</p></article></body></html>");
        assertEquals(new PageMetadata("The headline", null, null, LocalDate.of(2019, 1, 2)), bare.metadata());

        WebPage nothing = parse("<p>Text.</p>");
        assertNull(nothing.metadata().published());
        assertNull(nothing.metadata().title());
    }

    @Test
    void feedContentKeepsEveryParagraphButLinkListsAndFurniture() {
        assertEquals(
                "One.\n\nTwo, he said.\n",
                WebPage.fragmentText(
                        "<p>One.</p><div class=share-buttons><a href=x>Share</a></div><p>Two, he said.</p>"
                                + "<p><a href=/a>Related: another story that has a long link text</a></p><script>x()</script>"));
        assertEquals("", WebPage.fragmentText("  "));
    }

    @Test
    void publicationDaysAreReadAsWritten() {
        assertEquals(LocalDate.of(2017, 3, 31), PublicationDates.parse("2017-03-31T23:30:00-05:00"));
        assertEquals(LocalDate.of(2017, 3, 31), PublicationDates.parse("Fri, 31 Mar 2017 23:30:00 EST"));
        assertEquals(LocalDate.of(2017, 3, 31), PublicationDates.parse("March 31, 2017"));
        assertEquals(LocalDate.of(2017, 3, 1), PublicationDates.parse("1st March 2017"));
        assertNull(PublicationDates.parse("2017-02-30"));
        assertNull(PublicationDates.parse("soon"));
    }
}
