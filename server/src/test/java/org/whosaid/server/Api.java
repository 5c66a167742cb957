package org.whosaid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client of the API, over the JDK's client. */
final class Api {

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param response the raw response, for headers
     * @param json the body as JSON (null where it is not JSON)
     */
    record Answer(int status, HttpResponse<String> response, JsonNode json) {

        /** @return the body as text */
        String body() {
            return response.body();
        }

        /**
         * @param name a header
         * @return its first value, or null
         */
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    Api(String base) {
        this.base = base;
    }

    /**
     * @param pathAndQuery e.g. {@code /api/statements?q=x}
     * @return the answer
     */
    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    /**
     * @param path e.g. {@code /api/extract}
     * @param contentType the body's type
     * @param body the body
     * @return the answer
     */
    Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * @param request a request to this server
     * @return the answer
     */
    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json")) {
                json = MAPPER.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param text a query value
     * @return it, encoded for a URL
     */
    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
