package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementsApiTest extends LiveServerTest {

    static List<JsonNode> items(Api.Answer answer) {
        List<JsonNode> all = new ArrayList<>();
        answer.json().get("items").forEach(all::add);
        return all;
    }

    @Test
    void allStatementsOfAllArticlesAreFound() {
        Api.Answer all = api.get("/api/statements?size=100");
        assertEquals(200, all.status());
        int stored = live.extracted(LiveServer.SEED).attributions().size()
                + live.extracted(LiveServer.COUNCIL).attributions().size()
                + live.extracted(LiveServer.HOSTILE).attributions().size();
        assertTrue(stored > 0, "the extractor found statements in the test articles");
        assertEquals(stored, all.json().get("total").asLong());
        assertEquals(stored, items(all).size());
        assertFalse(all.json().get("hasMore").asBoolean());
    }

    @Test
    void theNextPageFollowsTheCursorAsItDoesTheOffset() {
        List<String> byOffset = new ArrayList<>();
        items(api.get("/api/statements?offset=0&limit=100")).forEach(h -> byOffset.add(key(h)));
        assertTrue(byOffset.size() > 10, "more than one page of 10");
        List<String> byCursor = new ArrayList<>();
        String after = null;
        String last = null;
        for (int page = 0; page == 0 || after != null; page++) {
            Api.Answer answer = api.get("/api/statements?limit=10" + (after == null ? "" : "&after=" + Api.enc(after)));
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.json().get("totalExact").asBoolean(), "a small store counts exactly");
            assertEquals(page * 10, answer.json().get("offset").asInt());
            items(answer).forEach(h -> byCursor.add(key(h)));
            after = answer.json().path("next").asText(null);
            assertEquals(after != null, answer.json().get("hasMore").asBoolean());
            last = after == null ? last : after;
        }
        assertEquals(byOffset, byCursor);
        ExtractApiTest.assertError(400, "after", api.get("/api/statements?after=" + Api.enc(last) + "&offset=10"));
        ExtractApiTest.assertError(400, "after", api.get("/api/statements?after=no-cursor"));
    }

    @Test
    void aMinimumConfidenceKeepsOnlyStatementsThatHaveAsMuch() {
        List<JsonNode> all = items(api.get("/api/statements?size=100"));
        long estimated = all.stream().filter(h -> h.hasNonNull("confidence")).count();
        Api.Answer any = api.get("/api/statements?size=100&minConfidence=0");
        assertEquals(200, any.status(), any.body());
        assertEquals(estimated, any.json().get("total").asLong(), "statements without a confidence are left out");
        for (JsonNode h : items(api.get("/api/statements?size=100&minConfidence=0.6"))) {
            assertTrue(h.get("confidence").asDouble() >= 0.6, h.toString());
        }
        ExtractApiTest.assertError(400, "minConfidence", api.get("/api/statements?minConfidence=1.5"));
        ExtractApiTest.assertError(400, "minConfidence", api.get("/api/statements?minConfidence=high"));
    }

    @Test
    void textQueryFindsOnlyStatementsThatSayIt() {
        JsonNode first =
                items(api.get("/api/statements?article=" + LiveServer.COUNCIL)).get(0);
        String word = longestWord(first.get("content").get(0).get("text").asText());
        Api.Answer found = api.get("/api/statements?q=" + Api.enc(word));
        assertEquals(200, found.status());
        assertFalse(items(found).isEmpty(), word);
        Set<String> keys = new HashSet<>();
        for (JsonNode hit : items(found)) {
            keys.add(
                    hit.get("articleId").asText() + "/" + hit.get("statementId").asText());
        }
        assertTrue(
                keys.contains(first.get("articleId").asText() + "/"
                        + first.get("statementId").asText()),
                word);
    }

    @Test
    void speakerFilterKeepsThatSpeakerOnly() {
        JsonNode named = items(api.get("/api/statements?size=100")).stream()
                .filter(h -> h.hasNonNull("speakerName")
                        && h.get("speakerName").asText().contains(" "))
                .findFirst()
                .orElseThrow();
        String surname = named.get("speakerName").asText().replaceAll(".* ", "");
        Api.Answer found = api.get("/api/statements?size=100&speaker=" + Api.enc(surname));
        assertEquals(200, found.status());
        assertFalse(items(found).isEmpty());
        for (JsonNode hit : items(found)) {
            assertTrue(hit.get("speakerName").asText().contains(surname), hit.toString());
        }
    }

    @Test
    void aboutIdFilterKeepsStatementsAboutThatOne() {
        JsonNode hit = items(api.get("/api/statements?size=100")).stream()
                .filter(h -> h.get("about").size() > 0)
                .findFirst()
                .orElseThrow();
        String aboutId = hit.get("about").get(0).get("id").asText();
        List<JsonNode> found = items(api.get("/api/statements?size=100&aboutId=" + Api.enc(aboutId)));
        Set<String> keys = new HashSet<>();
        for (JsonNode h : found) {
            Set<String> ids = new HashSet<>();
            h.get("about").forEach(a -> ids.add(a.get("id").asText()));
            assertTrue(ids.contains(aboutId), h.toString());
            keys.add(key(h));
        }
        assertTrue(keys.contains(key(hit)));
    }

    @Test
    void periodAndOutletFiltersNarrowTheResults() {
        Api.Answer council = api.get("/api/statements?size=100&outlet=Riverside");
        assertEquals(
                live.extracted(LiveServer.COUNCIL).attributions().size(),
                council.json().get("total").asInt());
        items(council)
                .forEach(
                        h -> assertEquals(LiveServer.COUNCIL, h.get("articleId").asText()));

        Api.Answer in2017 = api.get("/api/statements?size=100&from=2017-01-01&to=2017-12-31");
        assertFalse(items(in2017).isEmpty());
        for (JsonNode hit : items(in2017)) {
            assertTrue(hit.get("effectiveDate").asText().startsWith("2017"), hit.toString());
        }
        Api.Answer none = api.get("/api/statements?from=1990-01-01&to=1990-12-31");
        assertEquals(0, none.json().get("total").asInt());
    }

    @Test
    void pagesSliceTheSameRanking() {
        List<JsonNode> all = items(api.get("/api/statements?size=100"));
        assertTrue(all.size() >= 3);
        Api.Answer second = api.get("/api/statements?page=2&size=2");
        assertEquals(2, second.json().get("offset").asInt());
        assertEquals(2, second.json().get("limit").asInt());
        assertEquals(all.size(), second.json().get("total").asInt());
        assertEquals(key(all.get(2)), key(items(second).get(0)));
        Api.Answer byOffset = api.get("/api/statements?offset=1&limit=1");
        assertEquals(key(all.get(1)), key(items(byOffset).get(0)));
        assertTrue(byOffset.json().get("hasMore").asBoolean());
    }

    static String key(JsonNode hit) {
        return hit.get("articleId").asText() + "/" + hit.get("statementId").asText();
    }

    static String longestWord(String text) {
        String best = "";
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }
}
