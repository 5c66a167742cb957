package org.whosaid.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that drive a browser over the live server. Where the browser is absent each test is reported
 * as skipped, with the reason, rather than the class being left out of the count.
 */
abstract class BrowserTest extends LiveServerTest {

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        if (Browser.available()) {
            browser = Browser.start();
        }
    }

    @BeforeEach
    void needsBrowser() {
        assumeTrue(browser != null, Browser.MISSING);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
