package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;

class ParseCacheTest {

    @Test
    void keepsAParseForTheSameTextOnly(@TempDir Path dir) throws IOException {
        String text = "Senator Maria Lopez said on Friday that the\tplan would fail.\n\n\"It won't,\" he said.\n";
        Parsed doc = Linguistics.shared().parse(text, LocalDate.of(2016, 3, 4));
        ParseCache cache = new ParseCache(dir);
        assertNull(cache.get("a", text), "nothing is kept yet");
        cache.put("a", doc);
        assertEquals(doc, cache.get("a", text));
        assertNull(cache.get("a", text + " More."), "a kept parse serves only the text it was made from");
    }
}
