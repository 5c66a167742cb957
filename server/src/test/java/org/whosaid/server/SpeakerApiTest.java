package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whosaid.result.Entity;

class SpeakerApiTest extends LiveServerTest {

    /** A statement of the seed whose speaker the store knows. */
    static JsonNode resolvedHit() {
        return StatementsApiTest.items(api.get("/api/statements?size=100&article=" + LiveServer.SEED)).stream()
                .filter(h -> h.hasNonNull("speakerId"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void speakerHasNamesAndTheirStatements() {
        JsonNode hit = resolvedHit();
        String id = hit.get("speakerId").asText();
        Api.Answer answer = api.get("/api/speakers/" + Api.enc(id));
        assertEquals(200, answer.status());
        JsonNode speaker = answer.json();
        assertEquals(id, speaker.get("id").asText());
        Set<String> names = new HashSet<>();
        speaker.get("aliases").forEach(a -> names.add(a.asText()));
        names.add(speaker.get("name").asText());
        assertTrue(names.contains(hit.get("speakerName").asText()), names + " / " + hit);

        Api.Answer statements = api.get("/api/statements?size=100&speakerId=" + Api.enc(id));
        assertEquals(
                statements.json().get("total").asLong(),
                speaker.get("statements").get("total").asLong());
        Set<String> keys = new HashSet<>();
        for (JsonNode h : StatementsApiTest.items(statements)) {
            assertEquals(id, h.get("speakerId").asText());
            keys.add(StatementsApiTest.key(h));
        }
        assertTrue(keys.contains(StatementsApiTest.key(hit)));
        speaker.get("statements").get("items").forEach(h -> assertTrue(keys.contains(StatementsApiTest.key(h))));
    }

    @Test
    void titlesOfTheArticlesAreTheSpeakersTitles() {
        int checked = 0;
        for (String articleId : List.of(LiveServer.SEED, LiveServer.COUNCIL, LiveServer.HOSTILE)) {
            JsonNode article = api.get("/api/articles/" + articleId).json();
            for (Entity entity : live.extracted(articleId).entities()) {
                JsonNode storeId = article.get("speakerIds").get(entity.id());
                if (entity.titles().isEmpty() || storeId == null) {
                    continue;
                }
                JsonNode speaker =
                        api.get("/api/speakers/" + Api.enc(storeId.asText())).json();
                Set<String> titles = new HashSet<>();
                for (JsonNode t : speaker.get("titles")) {
                    titles.add(t.get("title").asText().toLowerCase(Locale.ROOT));
                    assertTrue(t.get("articleIds").size() > 0, t.toString());
                }
                for (String title : entity.titles()) {
                    assertTrue(titles.contains(title.toLowerCase(Locale.ROOT)), title + " in " + titles);
                }
                checked++;
            }
        }
        // The seed article names its speakers with titles ("his lawyer Robert Kelner"): none found is a fault.
        assertTrue(checked > 0, "no entity of the test articles came with a title and a store id");
    }

    @Test
    void speakersAreFoundByName() {
        JsonNode hit = resolvedHit();
        String id = hit.get("speakerId").asText();
        String name = api.get("/api/speakers/" + Api.enc(id)).json().get("name").asText();
        Api.Answer found = api.get("/api/speakers?size=100&name=" + Api.enc(name));
        assertEquals(200, found.status());
        Set<String> ids = new HashSet<>();
        found.json().get("items").forEach(s -> ids.add(s.get("id").asText()));
        assertTrue(ids.contains(id), name + " -> " + ids);
    }

    @Test
    void unknownSpeakerIsNotFound() {
        Api.Answer missing = api.get("/api/speakers/nobody-at-all");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().get("status").asInt());
    }
}
