package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;

class ArticleApiTest extends LiveServerTest {

    @Test
    void articleCarriesTextMetadataStatementsAndEntities() {
        Api.Answer answer = api.get("/api/articles/" + LiveServer.COUNCIL);
        assertEquals(200, answer.status());
        JsonNode article = answer.json();
        ArticleResult extracted = live.extracted(LiveServer.COUNCIL);
        assertEquals(
                LiveServer.resource(LiveServer.COUNCIL), article.get("text").asText());
        assertEquals("Riverside Gazette", article.get("outlet").asText());
        assertEquals("2023-05-10", article.get("published").asText());
        assertEquals("https://example.org/riverside/budget", article.get("url").asText());
        List<String> ids = new ArrayList<>();
        article.get("attributions").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(extracted.attributions().stream().map(Attribution::id).toList(), ids);
        assertEquals(extracted.entities().size(), article.get("entities").size());
    }

    @Test
    void everySpanMatchesTheText() {
        JsonNode article = api.get("/api/articles/" + LiveServer.SEED).json();
        String text = article.get("text").asText();
        int spans = 0;
        for (JsonNode a : article.get("attributions")) {
            for (String role : List.of("source", "cue")) {
                if (a.hasNonNull(role)) {
                    assertMatches(text, a.get(role));
                    spans++;
                }
            }
            for (JsonNode c : a.get("content")) {
                assertMatches(text, c);
                spans++;
            }
        }
        for (JsonNode e : article.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertMatches(text, m);
            }
        }
        assertTrue(spans > 0);
    }

    @Test
    void speakersOfTheArticleLeadToTheirRecords() {
        JsonNode article = api.get("/api/articles/" + LiveServer.SEED).json();
        int linked = 0;
        for (JsonNode a : article.get("attributions")) {
            if (!a.hasNonNull("speaker")) {
                continue;
            }
            JsonNode storeId = article.get("speakerIds").get(a.get("speaker").asText());
            assertTrue(storeId != null && storeId.isTextual(), "store id of " + a);
            Api.Answer speaker = api.get("/api/speakers/" + Api.enc(storeId.asText()));
            assertEquals(200, speaker.status(), storeId.asText());
            linked++;
        }
        assertTrue(linked > 0, "some statement of the seed has a resolved speaker");
    }

    @Test
    void articlesAreListedNewestFirst() {
        Api.Answer list = api.get("/api/articles");
        assertEquals(200, list.status());
        assertEquals(3, list.json().get("total").asInt());
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(List.of(LiveServer.HOSTILE, LiveServer.COUNCIL, LiveServer.SEED), ids);
    }

    @Test
    void unknownArticleIsNotFound() {
        Api.Answer missing = api.get("/api/articles/no-such-article");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().get("status").asInt());
        assertFalse(missing.json().get("error").asText().isBlank());
    }

    static void assertMatches(String text, JsonNode span) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertEquals(text.substring(start, end), span.get("text").asText(), span.toString());
    }
}
