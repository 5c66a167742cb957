package org.whosaid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.whosaid.result.ResultJson;
import org.whosaid.store.ArticleSummary;
import org.whosaid.store.SpeakerSummary;
import org.whosaid.store.StatementQuery;
import org.whosaid.store.Store;
import org.whosaid.store.StoredArticle;

/** Asserts that two stores answer alike: the same articles, statements, speakers and searches. */
final class StoreComparison {

    private static final int ALL = 100_000;

    private StoreComparison() {}

    static void assertSameAnswers(Store expected, Store actual) {
        assertEquals(expected.counts(), actual.counts(), "counts");
        assertEquals(json(expected.articles(0, ALL)), json(actual.articles(0, ALL)), "articles");
        for (ArticleSummary a : expected.articles(0, ALL).items()) {
            assertEquals(stored(expected, a.id()), stored(actual, a.id()), "article " + a.id());
        }
        for (StatementQuery q : new StatementQuery[] {
            StatementQuery.all().withPage(0, ALL),
            StatementQuery.all().withSpeaker("Donald Trump").withPage(0, ALL),
            StatementQuery.all().withText("immunity").withPage(0, ALL),
        }) {
            assertEquals(json(expected.search(q)), json(actual.search(q)), q.toString());
        }
        assertEquals(json(expected.speakers(null, 0, ALL)), json(actual.speakers(null, 0, ALL)), "speakers");
        for (SpeakerSummary s : expected.speakers(null, 0, ALL).items()) {
            assertEquals(
                    json(expected.speaker(s.id()).orElseThrow()),
                    json(actual.speaker(s.id()).orElseThrow()),
                    "speaker " + s.id());
        }
    }

    /** An article as stored, without the moment it was stored. */
    private static JsonNode stored(Store store, String id) {
        StoredArticle a = store.article(id).orElseThrow();
        ObjectNode node = (ObjectNode) json(a);
        node.remove("ingested");
        return node;
    }

    static JsonNode json(Object value) {
        return ResultJson.mapper().valueToTree(value);
    }
}
