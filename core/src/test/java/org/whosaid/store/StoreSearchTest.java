package org.whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Kind;

/**
 * Searches over a store of more statements than are counted exactly: paging by cursor, totals as
 * lower bounds, periods, confidence and joint statements, and a store of the earlier format.
 */
class StoreSearchTest {

    /** More statements than a search counts exactly. */
    static final int ARTICLES = 1_300;

    static final int PER_ARTICLE = 10;

    static final String[] WORDS = {"budget", "tariff", "election", "hospital", "pipeline", "treaty", "pension"};

    @TempDir
    static Path tmp;

    static Path dir;

    static List<ArticleResult> results = new ArrayList<>();

    /** A text of {@code PER_ARTICLE} sentences, each said by Ann Lee or Bo Chan or both together. */
    static ArticleResult article(int n, Random random) {
        StringBuilder text = new StringBuilder();
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < PER_ARTICLE; i++) {
            String content = "the " + WORDS[random.nextInt(WORDS.length)] + " plan " + n + " part " + i + " "
                    + WORDS[random.nextInt(WORDS.length)] + " is ready";
            contents.add(content);
            text.append(i % 3 == 0 ? "Ann Lee and Bo Chan" : i % 3 == 1 ? "Ann Lee" : "Bo Chan")
                    .append(" said ")
                    .append(content)
                    .append(". ");
        }
        LocalDate published = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(700));
        ResultBuilder b = new ResultBuilder("a" + n, published.toString(), text.toString())
                .outlet("Outlet " + (n % 5))
                .entity("Ann Lee", "PERSON", List.of(), "Ann Lee")
                .entity("Bo Chan", "PERSON", List.of(), "Bo Chan");
        for (int i = 0; i < PER_ARTICLE; i++) {
            List<String> speakers =
                    i % 3 == 0 ? List.of("Ann Lee", "Bo Chan") : List.of(i % 3 == 1 ? "Ann Lee" : "Bo Chan");
            // Some statements dated to a month or a year only, some to a day, most by their article.
            String date =
                    i == 4 ? published.toString().substring(0, 7) : i == 7 ? "2016" : i == 8 ? "2017-03-02" : null;
            Double confidence = i % 2 == 0 ? null : (i * 10 + n % 10) / 100.0;
            b.statement(speakers, null, "said", contents.get(i), Kind.INDIRECT, date, confidence);
        }
        return b.build();
    }

    @BeforeAll
    static void fill() {
        dir = tmp.resolve("store");
        Random random = new Random(7);
        try (Store store = Store.open(dir)) {
            for (int n = 0; n < ARTICLES; n++) {
                ArticleResult r = article(n, random);
                results.add(r);
                store.ingest(r, null);
                if (n % 100 == 99) {
                    // Several segments, as a store filled over time has: ties are broken across them.
                    store.commit();
                }
            }
            store.commit();
        }
    }

    static List<String> keys(SearchPage<StatementHit> page) {
        return page.items().stream()
                .map(h -> h.articleId() + "/" + h.statementId())
                .toList();
    }

    @Test
    void totalsPastTheBoundAreLowerBoundsAndSmallerOnesExact() {
        try (Store store = Store.openReadOnly(dir)) {
            SearchPage<StatementHit> all = store.search(StatementQuery.all());
            assertFalse(all.totalExact());
            assertTrue(all.total() >= SearchPage.EXACT_TOTAL_UP_TO && all.total() <= ARTICLES * PER_ARTICLE, "" + all);
            assertTrue(all.hasMore());
            SearchPage<StatementHit> one = store.search(StatementQuery.all().withArticleId("a17"));
            assertTrue(one.totalExact());
            assertEquals(PER_ARTICLE, one.total());
            assertNull(one.next());
        }
    }

    @Test
    void pagesByCursorAreThePagesByOffset() {
        try (Store store = Store.openReadOnly(dir)) {
            for (StatementQuery q : List.of(
                    StatementQuery.all(),
                    StatementQuery.all().withText("budget plan"),
                    StatementQuery.all().withText("\"pension plan\" | treaty"),
                    StatementQuery.all().withSpeaker("Bo Chan").withPeriod(LocalDate.of(2016, 6, 1), null))) {
                StatementQuery byCursor = q.withPage(0, 50);
                for (int offset = 0; offset < 400; offset += 50) {
                    SearchPage<StatementHit> expected = store.search(q.withPage(offset, 50));
                    SearchPage<StatementHit> page = store.search(byCursor);
                    assertEquals(keys(expected), keys(page), q + " at " + offset);
                    assertEquals(offset, page.offset());
                    assertNotNull(page.next(), q + " at " + offset);
                    byCursor = q.withPageAfter(page.next(), 50);
                }
            }
            assertThrows(
                    IllegalArgumentException.class,
                    () -> store.search(StatementQuery.all().withPageAfter("not-a-cursor", 5)));
            String textCursor =
                    store.search(StatementQuery.all().withText("budget")).next();
            assertThrows(
                    IllegalArgumentException.class,
                    () -> store.search(StatementQuery.all().withPageAfter(textCursor, 5)));
        }
    }

    @Test
    void rankingByRelevanceGivesWhatAFullSortGives() throws IOException {
        try (Store store = Store.openReadOnly(dir);
                FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String text :
                    List.of("budget", "plan", "pension ready", "\"tariff plan\" | hospital", "treaty -election")) {
                StatementQuery q = StatementQuery.all().withText(text).withPage(0, 60);
                // The full sort keeps to statements by their type, as the store's search need not.
                Query statements = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.TYPE, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
                        .add(StatementSearch.query(q, true), BooleanClause.Occur.MUST)
                        .build();
                TopFieldDocs full = searcher.search(
                        statements, new TopFieldCollectorManager(StatementSearch.sort(q), 60, null, Integer.MAX_VALUE));
                List<String> expected = new ArrayList<>();
                for (ScoreDoc sd : full.scoreDocs) {
                    StatementHit h =
                            Json.read(searcher.storedFields().document(sd.doc).get(Fields.JSON), StatementHit.class);
                    expected.add(h.articleId() + "/" + h.statementId());
                }
                SearchPage<StatementHit> page = store.search(q);
                assertEquals(expected, keys(page), text);
                if (page.totalExact()) {
                    assertEquals(full.totalHits.value, page.total(), text);
                } else {
                    assertTrue(
                            full.totalHits.value >= page.total() && page.total() >= SearchPage.EXACT_TOTAL_UP_TO, text);
                }
            }
        }
    }

    @Test
    void periodsFindWhatTheDatesCoverAsAnExhaustiveCheckDoes() {
        Random random = new Random(11);
        try (Store store = Store.openReadOnly(dir)) {
            for (int i = 0; i < 25; i++) {
                LocalDate from = LocalDate.of(2015, 12, 1).plusDays(random.nextInt(760));
                LocalDate to = from.plusDays(random.nextInt(40));
                long expected = 0;
                for (ArticleResult r : results) {
                    for (var a : r.attributions()) {
                        Period p = Period.parse(a.date() != null ? a.date() : r.published())
                                .orElseThrow();
                        if (p.first() <= to.toEpochDay() && p.last() >= from.toEpochDay()) {
                            expected++;
                        }
                    }
                }
                SearchPage<StatementHit> page =
                        store.search(StatementQuery.all().withPeriod(from, to).withPage(0, 5));
                if (expected < SearchPage.EXACT_TOTAL_UP_TO) {
                    assertTrue(page.totalExact());
                    assertEquals(expected, page.total(), from + ".." + to);
                }
                for (StatementHit h : page.items()) {
                    Period p = Period.parse(h.effectiveDate()).orElseThrow();
                    assertTrue(p.first() <= to.toEpochDay() && p.last() >= from.toEpochDay(), h.effectiveDate());
                }
            }
        }
    }

    @Test
    void aMinimumConfidenceLeavesOutLowerAndUnestimatedStatements() {
        try (Store store = Store.openReadOnly(dir)) {
            StatementQuery q = StatementQuery.all().withArticleId("a3");
            assertEquals(PER_ARTICLE, store.search(q).total());
            SearchPage<StatementHit> sure = store.search(q.withMinConfidence(0.5));
            // Statements 5, 7 and 9 of the article: 0.53, 0.73, 0.93.
            assertEquals(Set.of("a3/a6", "a3/a8", "a3/a10"), Set.copyOf(keys(sure)));
            sure.items().forEach(h -> assertTrue(h.confidence() >= 0.5, "" + h.confidence()));
            assertEquals(5, store.search(q.withMinConfidence(0.0)).total(), "only those with a confidence");
            assertThrows(IllegalArgumentException.class, () -> q.withMinConfidence(1.5));
        }
    }

    @Test
    void aJointStatementIsFoundUnderEachOfItsSpeakers() {
        try (Store store = Store.openReadOnly(dir)) {
            StatementQuery article = StatementQuery.all().withArticleId("a5");
            List<String> ann = keys(store.search(article.withSpeaker("Ann Lee")));
            List<String> bo = keys(store.search(article.withSpeaker("Bo Chan")));
            // Statements 0, 3, 6 and 9 are joint.
            for (String joint : List.of("a5/a1", "a5/a4", "a5/a7", "a5/a10")) {
                assertTrue(ann.contains(joint) && bo.contains(joint), joint + " in " + ann + " and " + bo);
            }
            assertEquals(7, ann.size());
            assertEquals(7, bo.size());
            StatementHit hit = store.search(article.withSpeaker("Bo Chan").withPage(0, 20)).items().stream()
                    .filter(h -> h.statementId().equals("a1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of("p-ann-lee", "p-bo-chan"),
                    hit.speakers().stream().map(EntityRef::id).toList());
            assertEquals("Ann Lee and Bo Chan", hit.speakerName());
            String boId = hit.speakers().get(1).id();
            assertEquals(
                    7,
                    store.search(article.withSpeakerId(boId)).total(),
                    "the speaker's page lists the joint statements too");
        }
    }

    @Test
    void aStoreOfTheEarlierFormatIsReadAndBroughtToTheCurrentOneOnWriting() throws IOException {
        Path old = tmp.resolve("format-1");
        List<ArticleResult> some = results.subList(0, 40);
        // A store as the earlier format wrote it: documents in ingest order, no index sort.
        try (Store source = Store.openReadOnly(dir);
                FSDirectory directory = FSDirectory.open(old);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Fields.ALL))) {
            for (ArticleResult r : some) {
                StoredArticle a = source.article(r.id()).orElseThrow();
                writer.addDocuments(ArticleDocuments.of(a, Store.keys(a.result().entities())));
            }
            writer.setLiveCommitData(Map.of("whosaid.store.format", "1").entrySet());
            writer.commit();
        }
        StatementQuery period = StatementQuery.all().withPeriod(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 9, 30));
        List<StatementQuery> queries = List.of(
                StatementQuery.all().withPage(0, 100), StatementQuery.all().withText("tariff"), period);
        List<List<String>> before = new ArrayList<>();
        try (Store reader = Store.openReadOnly(old)) {
            queries.forEach(q -> before.add(keys(reader.search(q))));
            assertEquals(some.size() * PER_ARTICLE, reader.counts().statements());
        }
        try (Store writer = Store.open(old)) {
            assertEquals(some.size() * PER_ARTICLE, writer.counts().statements());
            writer.ingest(results.get(100), null);
        }
        try (Store reader = Store.openReadOnly(old)) {
            assertEquals((some.size() + 1) * PER_ARTICLE, reader.counts().statements());
            for (int i = 0; i < queries.size(); i++) {
                // The same results in the same order, the new article's set aside.
                List<String> after = keys(reader.search(queries.get(i))).stream()
                        .filter(k -> !k.startsWith("a100/"))
                        .toList();
                List<String> expected = before.get(i).subList(0, after.size());
                assertEquals(expected, after, queries.get(i).toString());
            }
        }
    }
}
