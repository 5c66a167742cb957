package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ArticlePageBrowserTest extends BrowserTest {

    static List<WebElement> open(String articleId) {
        browser.driver().get(live.base() + "/article.html?id=" + articleId);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .hl")));
        return browser.driver().findElements(By.cssSelector("#text .hl"));
    }

    /** Whether the statement has a span of that role that covers [start, end). */
    static boolean covers(JsonNode statement, String role, int start, int end) {
        List<JsonNode> spans = new java.util.ArrayList<>();
        if (role.equals("content")) {
            statement.get("content").forEach(spans::add);
        } else if (statement.hasNonNull(role)) {
            spans.add(statement.get(role));
        }
        return spans.stream()
                .anyMatch(s ->
                        s.get("start").asInt() <= start && end <= s.get("end").asInt());
    }

    @Test
    void everyStatementIsHighlightedWithSourceCueAndContent() {
        JsonNode article = api.get("/api/articles/" + LiveServer.SEED).json();
        String text = article.get("text").asText();
        List<WebElement> pieces = open(LiveServer.SEED);

        assertEquals(
                text,
                browser.driver().findElement(By.id("text")).getAttribute("textContent"),
                "the page shows the whole text, once");
        Set<String> withContent = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (WebElement piece : pieces) {
            String role = piece.getAttribute("data-role");
            String id = piece.getAttribute("data-statement");
            int start = Integer.parseInt(piece.getAttribute("data-start"));
            int end = Integer.parseInt(piece.getAttribute("data-end"));
            assertTrue(piece.getAttribute("class").contains("hl-" + role), piece.getAttribute("class"));
            assertEquals(text.substring(start, end), piece.getAttribute("textContent"));
            JsonNode statement = null;
            for (JsonNode a : article.get("attributions")) {
                if (a.get("id").asText().equals(id)) {
                    statement = a;
                }
            }
            assertTrue(statement != null && covers(statement, role, start, end), id + " " + role + " " + start);
            roles.add(role);
            if (role.equals("content")) {
                withContent.add(id);
            }
        }
        assertEquals(article.get("attributions").size(), withContent.size(), "one content highlight per statement");
        assertEquals(Set.of("source", "cue", "content"), roles);
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector(".legend .hl-source, .legend .hl-cue," + " .legend .hl-content"))
                        .size());
    }

    @Test
    void clickingAStatementShowsItsSpeaker() throws IOException {
        JsonNode article = api.get("/api/articles/" + LiveServer.SEED).json();
        JsonNode chosen = null;
        for (JsonNode a : article.get("attributions")) {
            if (a.hasNonNull("speakerName") && a.get("speakerName").asText().contains(" ")) {
                chosen = a;
                break;
            }
        }
        assertTrue(chosen != null, "a statement of the seed has a speaker with a full name");
        open(LiveServer.SEED);
        String selector =
                "#text .hl-content[data-statement='" + chosen.get("id").asText() + "']";
        browser.driver().findElement(By.cssSelector(selector)).click();
        String name = chosen.get("speakerName").asText();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#panel .speaker-name"), name));
        assertEquals(
                name,
                browser.driver()
                        .findElement(By.cssSelector("#panel .speaker-name"))
                        .getText());
        String storeId =
                article.get("speakerIds").get(chosen.get("speaker").asText()).asText();
        WebElement link = browser.driver().findElement(By.cssSelector("#panel a.speaker-link"));
        assertTrue(
                link.getAttribute("href").endsWith("/speaker.html?id=" + Api.enc(storeId)), link.getAttribute("href"));
        Path shot = browser.screenshot("article-" + LiveServer.SEED);
        assertTrue(Files.size(shot) > 10_000, "a screenshot with something in it");

        link.click();
        String recordName =
                api.get("/api/speakers/" + Api.enc(storeId)).json().get("name").asText();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("name"), recordName));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .statement")));
        browser.screenshot("speaker");

        browser.driver().findElement(By.id("about-link")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("scope-text"), "about " + recordName));
    }
}
