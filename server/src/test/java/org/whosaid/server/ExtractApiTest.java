package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
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
        assertError(413, "larger", api.post("/api/extract", "text/plain", huge));
        String hugeJson = JSON.createObjectNode().put("text", huge).toString();
        assertError(413, "larger", api.post("/api/extract", "application/json", hugeJson));
        assertEquals(200, api.get("/api/counts").status());
    }

    /**
     * A client that sends the whole body before it reads the answer, as Python's urllib does: it gets
     * the 413, not a reset connection, and the same connection answers its next request.
     */
    @Test
    void aClientThatSendsAllOfAHugeBodyFirstGetsThe413AndGoesOn() throws IOException {
        URI base = URI.create(live.base());
        int size = 20 * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/extract HTTP/1.1\r\nHost: " + base.getAuthority()
                            + "\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] block = "y".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < size; sent += block.length) {
                out.write(block, 0, Math.min(block.length, size - sent));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            RawAnswer refused = RawAnswer.read(in);
            assertEquals(413, refused.status(), refused.head());
            assertTrue(refused.body().contains("larger than"), refused.body());

            out.write(("GET /api/counts HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawAnswer next = RawAnswer.read(in);
            assertEquals(200, next.status(), next.head());
            assertTrue(next.body().contains("statements"), next.body());
        }
    }

    /** An HTTP/1.1 answer read off a socket: status line, headers and a body of Content-Length bytes. */
    private record RawAnswer(int status, String head, String body) {

        static RawAnswer read(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    throw new EOFException("connection closed after: " + head);
                }
                head.append((char) c);
            }
            int length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(
                            line.substring(line.indexOf(':') + 1).strip());
                }
            }
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return new RawAnswer(Integer.parseInt(head.substring(9, 12)), head.toString(), body);
        }
    }

    static void assertError(int status, String mention, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(status, answer.json().get("status").asInt());
        String message = answer.json().get("error").asText();
        assertTrue(message.contains(mention), message);
        assertTrue(!message.contains("\n") && !message.contains("Exception"), message);
    }
}
