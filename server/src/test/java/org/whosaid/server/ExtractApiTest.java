package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;

class ExtractApiTest extends LiveServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEXT = LiveServer.resource(LiveServer.COUNCIL);

    static JsonNode expected(String id, LocalDate published) throws Exception {
        return Server.jsonMapper().valueToTree(Whosaid.extract(Article.of(id, TEXT, published)));
    }

    @Test
    void jsonBodyIsAnsweredWithTheExtractionResult() throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("text", TEXT)
                .put("published", "2023-05-10")
                .put("id", "budget");
        Api.Answer answer = api.post("/api/extract", "application/json", body.toString());
        assertEquals(200, answer.status(), answer.body());
        assertTrue(expected("budget", LocalDate.parse("2023-05-10")).equals(answer.json()), "same as the extractor's");
        assertTrue(answer.json().get("attributions").size() > 0);
        for (JsonNode a : answer.json().get("attributions")) {
            a.get("content").forEach(c -> ArticleApiTest.assertMatches(TEXT, c));
        }
    }

    @Test
    void plainTextBodyTakesItsDateFromTheQuery() throws Exception {
        Api.Answer answer = api.post("/api/extract?published=2023-05-10", "text/plain; charset=utf-8", TEXT);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(
                expected(ExtractHandler.DEFAULT_ID, LocalDate.parse("2023-05-10"))
                        .equals(answer.json()),
                "same as the extractor's");
    }

    @Test
    void badBodiesAreRefusedWithTheReason() {
        assertError(400, "text", api.post("/api/extract", "application/json", "{\"published\":\"2023-05-10\"}"));
        assertError(400, "text", api.post("/api/extract", "application/json", "{\"text\":\"   \"}"));
        assertError(400, "body", api.post("/api/extract", "application/json", "{\"text\": \"unclosed"));
        assertError(
                400,
                "published",
                api.post(
                        "/api/extract", "application/json", "{\"text\":\"He said so.\",\"published\":\"31/03/2017\"}"));
        assertError(415, "application/json", api.post("/api/extract", "application/xml", "<text>He said so.</text>"));
    }

    @Test
    void oversizeBodiesAreRefusedAndTheServerGoesOn() {
        String huge = "x".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 1);
        assertRefused(() -> api.post("/api/extract", "text/plain", huge));
        String hugeJson = JSON.createObjectNode().put("text", huge).toString();
        assertRefused(() -> api.post("/api/extract", "application/json", hugeJson));
        assertEquals(200, api.get("/api/counts").status());
    }

    /**
     * The server answers 413 at once and closes the connection; a client still sending the body may see
     * the connection closed before it reads that answer. Either way the body was refused.
     */
    private static void assertRefused(Supplier<Api.Answer> oversize) {
        Api.Answer answer;
        try {
            answer = oversize.get();
        } catch (UncheckedIOException closedWhileSending) {
            return;
        }
        assertError(413, "larger", answer);
    }

    static void assertError(int status, String mention, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(status, answer.json().get("status").asInt());
        String message = answer.json().get("error").asText();
        assertTrue(message.contains(mention), message);
        assertTrue(!message.contains("\n") && !message.contains("Exception"), message);
    }
}
