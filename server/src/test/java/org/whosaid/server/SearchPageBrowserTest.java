package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SearchPageBrowserTest extends BrowserTest {

    private static final Pattern OPENING_MARK = Pattern.compile("^\\s*[\"“‘'«„‚‹]");

    static List<WebElement> results(String query) {
        browser.driver().get(live.base() + "/?size=100" + query);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li.statement")));
        return browser.driver().findElements(By.cssSelector("#results li.statement"));
    }

    /** The text a pseudo-element adds before or after an element, "none" where it adds nothing. */
    static String pseudo(WebElement element, String which) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0], arguments[1]).content;", element, which);
    }

    @Test
    void aQuotationIsShownInOneSetOfMarks() {
        results("");
        int quoted = 0;
        for (WebElement said : browser.driver().findElements(By.cssSelector("#results .said"))) {
            String text = said.getAttribute("textContent");
            boolean ownMarks = OPENING_MARK.matcher(text).find();
            boolean added = !pseudo(said, "::before").equals("none");
            assertFalse(ownMarks && added, "marks added to content that has its own: " + text);
            quoted += ownMarks || added ? 1 : 0;
        }
        assertTrue(quoted > 0, "the test articles hold direct quotations");
    }

    @Test
    void resultsNameTheirArticleByTitleElseOutletAndDate() {
        List<WebElement> items = results("");
        assertFalse(items.isEmpty());
        for (WebElement item : items) {
            String articleId = item.getAttribute("data-article");
            String label = item.findElement(By.cssSelector("a.where")).getText();
            JsonNode article = api.get("/api/articles/" + articleId).json();
            if (article.hasNonNull("title")) {
                assertEquals(article.get("title").asText(), label);
            } else if (article.hasNonNull("outlet") || article.hasNonNull("published")) {
                assertFalse(label.equals(articleId), "an article with a date or outlet is not named by its id");
                assertTrue(label.contains(article.path("published").asText("")), label);
            }
        }
    }

    @Test
    void statementsShowTheirConfidenceWherePresent() {
        List<JsonNode> hits = StatementsApiTest.items(api.get("/api/statements?size=100"));
        List<WebElement> items = results("");
        int shown = 0;
        for (int i = 0; i < items.size(); i++) {
            List<WebElement> confidence = items.get(i).findElements(By.cssSelector(".confidence"));
            JsonNode hit = hits.get(i);
            assertEquals(hit.get("statementId").asText(), items.get(i).getAttribute("data-statement"));
            if (hit.hasNonNull("confidence")) {
                long percent = Math.round(hit.get("confidence").asDouble() * 100);
                assertTrue(
                        confidence.get(0).getText().contains(percent + "%"),
                        confidence.get(0).getText());
                shown++;
            } else {
                assertTrue(confidence.isEmpty(), "no confidence shown where there is none");
            }
        }
        assertTrue(shown > 0, "the live store holds statements with a confidence");
    }

    @Test
    void theSpeakerPageListsEachTitlesArticlesAsLinks() {
        JsonNode speaker = null;
        for (JsonNode s : api.get("/api/speakers?size=100").json().get("items")) {
            JsonNode full =
                    api.get("/api/speakers/" + Api.enc(s.get("id").asText())).json();
            if (full.get("titles").size() > 0) {
                speaker = full;
                break;
            }
        }
        assertTrue(speaker != null, "a speaker with titles");
        browser.driver()
                .get(live.base() + "/speaker.html?id="
                        + Api.enc(speaker.get("id").asText()));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#titles td a")));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#titles tr"));
        assertEquals(speaker.get("titles").size(), rows.size());
        for (WebElement row : rows) {
            WebElement cell = row.findElements(By.tagName("td")).get(2);
            String text = cell.getText();
            assertFalse(text.startsWith(",") || text.contains("[object") || text.contains(",,"), text);
            List<WebElement> links = cell.findElements(By.tagName("a"));
            assertFalse(links.isEmpty(), "each title's articles are links");
            for (WebElement link : links) {
                assertTrue(link.getAttribute("href").contains("/article.html?id="), link.getAttribute("href"));
            }
        }
    }
}
