package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Article text, titles and outlets that hold HTML are shown as text and never run. */
class HostileTextBrowserTest extends BrowserTest {

    void assertNothingRan() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
        assertThrows(
                NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertEquals(
                0,
                browser.driver()
                        .findElements(By.cssSelector("img, iframe, main script, main b, main i"))
                        .size());
        assertEquals(
                0,
                browser.driver()
                        .findElements(By.cssSelector("a[href^='javascript']"))
                        .size());
    }

    @Test
    void articlePageShowsMarkupLiterally() throws IOException {
        browser.driver().get(live.base() + "/article.html?id=" + LiveServer.HOSTILE);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("text"), "<script>"));
        String shown = browser.driver().findElement(By.id("text")).getText();
        for (String literal : List.of(
                "<script>window.__pwned=1</script>",
                "<img src=x onerror=\"alert(document.domain)\">",
                "<b>bold</b> & <a href=\"javascript:window.__pwned=3\">links</a>")) {
            assertTrue(shown.contains(literal), literal);
        }
        assertEquals(
                "Researchers Warn <b>About</b> Pages",
                browser.driver().findElement(By.id("title")).getText());
        assertTrue(browser.driver().findElement(By.id("meta")).getText().contains("Web <i>Safety</i> Weekly"));
        for (var piece : browser.driver().findElements(By.cssSelector("#text .hl-content"))) {
            piece.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel blockquote")));
        }
        assertNothingRan();
        browser.screenshot("article-" + LiveServer.HOSTILE);
    }

    @Test
    void searchAndSpeakerPagesShowMarkupLiterally() {
        browser.driver().get(live.base() + "/?outlet=Safety");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .statement")));
        String results = browser.driver().findElement(By.id("results")).getText();
        assertTrue(results.contains("Researchers Warn <b>About</b> Pages"), results);
        assertNothingRan();

        browser.driver().findElement(By.cssSelector("#results a.who")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .statement")));
        assertTrue(browser.driver().findElement(By.id("timeline")).getText().contains("Web <i>Safety</i> Weekly"));
        assertNothingRan();
    }
}
