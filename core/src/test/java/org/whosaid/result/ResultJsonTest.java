package org.whosaid.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    @Test
    void roundTripsTheDocumentedShape() throws IOException {
        String text = "\"No,\" Mr Spicer said.";
        Attribution a = new Attribution(
                "a1",
                Kind.DIRECT,
                Span.of(text, 6, 15),
                Span.of(text, 16, 20),
                List.of(Span.of(text, 0, 5)),
                "e1",
                List.of("e1"),
                "Sean Spicer",
                "2017-03-31",
                null,
                "direct-after-cue",
                null);
        Entity e = new Entity(
                "e1", "Sean Spicer", "PERSON", List.of("White House spokesman"), List.of(Span.of(text, 6, 15)));
        ArticleResult r = new ArticleResult("x", "2017-03-31", null, null, null, text, List.of(e), List.of(a));
        String json = ResultJson.write(r);
        assertTrue(json.contains("\"kind\" : \"direct\""), json);
        assertTrue(!json.contains("\"channel\""), "absent channel is left out: " + json);
        assertTrue(!json.contains("\"title\""), "unknown title is left out: " + json);
        assertEquals(r, ResultJson.read(json));
    }
}
