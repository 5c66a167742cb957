package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ErrorsApiTest extends LiveServerTest {

    @Test
    void badParametersAreNamedInA400() {
        Map<String, String> cases = Map.of(
                "/api/statements?from=2017-13-01", "from",
                "/api/statements?to=yesterday", "to",
                "/api/statements?from=2018-01-01&to=2017-01-01", "after",
                "/api/statements?page=-1", "page",
                "/api/statements?page=0", "page",
                "/api/statements?size=1000", "size",
                "/api/statements?offset=-5&limit=10", "offset",
                "/api/statements?limit=ten", "limit",
                "/api/statements?page=2&offset=10", "either",
                "/api/speakers?size=0", "size");
        cases.forEach((path, mention) -> {
            ExtractApiTest.assertError(400, mention, api.get(path));
            assertEquals(200, api.get("/api/counts").status(), "still answering after " + path);
        });
    }

    @Test
    void unknownThingsAre404WithAJsonError() {
        ExtractApiTest.assertError(404, "no-such", api.get("/api/articles/no-such"));
        ExtractApiTest.assertError(404, "no-such", api.get("/api/speakers/no-such"));
        ExtractApiTest.assertError(404, "not found", api.get("/api/no-such-route"));
        assertEquals(404, api.get("/no-such-page.html").status());
        assertEquals(200, api.get("/api/counts").status());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of(
                "/",
                "/article.html",
                "/article.js",
                "/app.css",
                "/api/statements",
                "/api/articles/no-such",
                "/api/openapi.json")) {
            Api.Answer answer = api.get(path);
            String csp = answer.header("Content-Security-Policy");
            assertTrue(
                    csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
                    path + ": " + csp);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
        }
    }

    @Test
    void pagesAreServedWithTheirTypes() {
        assertTrue(api.get("/").header("Content-Type").startsWith("text/html"));
        assertTrue(api.get("/article.js").header("Content-Type").contains("javascript"));
        assertTrue(api.get("/app.css").header("Content-Type").startsWith("text/css"));
    }

    @Test
    void concurrentReadersGetTheSameAnswersAsOneReader() throws Exception {
        List<String> paths = List.of(
                "/api/statements?size=100",
                "/api/statements?q=immunity",
                "/api/articles/" + LiveServer.SEED,
                "/api/articles/" + LiveServer.COUNCIL,
                "/api/statements?from=2017-01-01&to=2017-12-31",
                "/api/speakers",
                "/api/counts");
        List<String> expected = new ArrayList<>();
        for (String p : paths) {
            expected.add(api.get(p).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (String p : paths) {
                    answers.add(pool.submit(() -> {
                        Api.Answer a = api.get(p);
                        assertEquals(200, a.status(), p);
                        return a.body();
                    }));
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(expected.get(i % paths.size()), answers.get(i).get(), paths.get(i % paths.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
