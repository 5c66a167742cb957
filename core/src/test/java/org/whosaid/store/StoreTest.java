package org.whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

class StoreTest {

    @TempDir
    Path tmp;

    static final String BRIEFING = "Sean Spicer, the White House press secretary, said on Monday that the"
            + " investigation into Michael Flynn was over. \"We have nothing to add,\" Mr. Spicer told reporters.";
    static final String HEARING = "The press secretary Sean Spicer said the president trusted Michael Flynn."
            + " Jane Smith, a senator, said the hearings would continue in April.";
    static final String LOCAL = "Mr. Spicer said the schedule had changed. John Smith said the inquiry was"
            + " a distraction from the budget.";

    static ArticleResult briefing() {
        return new ResultBuilder("briefing", "2017-03-06", BRIEFING)
                .outlet("Daily Planet")
                .title("Briefing")
                .entity("Sean Spicer", "PERSON", List.of("White House press secretary"), "Sean Spicer", "Spicer")
                .entity("Michael Flynn", "PERSON", List.of(), "Michael Flynn")
                .statement(
                        "Sean Spicer",
                        "Sean Spicer",
                        "said",
                        "the investigation into Michael Flynn was over",
                        Kind.INDIRECT,
                        "2017-03-06")
                .statement("Sean Spicer", "Mr. Spicer", "told", "We have nothing to add,", Kind.DIRECT, "2017-03-06")
                .build();
    }

    static ArticleResult hearing() {
        return new ResultBuilder("hearing", "2017-04-02", HEARING)
                .outlet("Morning Star")
                .entity("Sean Spicer", "PERSON", List.of("press secretary"), "Sean Spicer")
                .entity("Michael Flynn", "PERSON", List.of(), "Michael Flynn")
                .entity("Jane Smith", "PERSON", List.of("senator"), "Jane Smith")
                .statement(
                        "Sean Spicer",
                        "Sean Spicer",
                        "said",
                        "the president trusted Michael Flynn",
                        Kind.INDIRECT,
                        null)
                .statement(
                        "Jane Smith",
                        "Jane Smith",
                        "said",
                        "the hearings would continue in April",
                        Kind.INDIRECT,
                        "2017-04")
                .build();
    }

    static ArticleResult local() {
        return new ResultBuilder("local", "2017-05-10", LOCAL)
                .outlet("Daily Planet")
                .entity("Spicer", "PERSON", List.of(), "Spicer")
                .entity("John Smith", "PERSON", List.of(), "John Smith")
                .statement("Spicer", "Mr. Spicer", "said", "the schedule had changed", Kind.INDIRECT, null)
                .statement(
                        "John Smith",
                        "John Smith",
                        "said",
                        "the inquiry was a distraction from the budget",
                        Kind.INDIRECT,
                        null)
                .build();
    }

    private Store filled() {
        Store store = Store.open(tmp.resolve("s"));
        store.ingest(briefing(), null);
        store.ingest(hearing(), null);
        store.ingest(local(), null);
        store.commit();
        return store;
    }

    private static Set<String> articles(SearchPage<StatementHit> page) {
        return page.items().stream().map(StatementHit::articleId).collect(Collectors.toSet());
    }

    @Test
    void anArticleComesBackAsStoredAndItsSpansMatchItsText() {
        Path dir = tmp.resolve("s");
        Article meta = new Article(
                "briefing",
                BRIEFING,
                null,
                "https://example.org/b",
                null,
                LocalDate.parse("2017-03-06"),
                "in/briefing.txt");
        try (Store store = Store.open(dir)) {
            Ingested in = store.ingest(briefing(), meta);
            assertEquals(new Ingested("briefing", true, 2), in);
        }
        try (Store store = Store.openReadOnly(dir)) {
            StoredArticle a = store.article("briefing").orElseThrow();
            assertEquals(BRIEFING, a.text());
            assertEquals("Daily Planet", a.outlet());
            assertEquals("https://example.org/b", a.url());
            assertEquals("in/briefing.txt", a.origin());
            assertEquals("2017-03-06", a.published());
            assertEquals(briefing().attributions(), a.result().attributions());
            assertEquals("p-sean-spicer", a.speakerIds().get("e1"));
            assertEquals(new StoreCounts(1, 2, 2), store.counts());
            SearchPage<StatementHit> all = store.search(StatementQuery.all());
            assertEquals(2, all.total());
            for (StatementHit h : all.items()) {
                for (Span s : h.content()) {
                    assertTrue(s.matches(a.text()), s + " in " + h);
                }
                assertTrue(h.source().matches(a.text()));
            }
            assertEquals(
                    List.of(new EntityRef("p-michael-flynn", "Michael Flynn", "PERSON")),
                    all.items().stream()
                            .filter(h -> h.statementId().equals("a1"))
                            .findFirst()
                            .orElseThrow()
                            .about());
            assertTrue(store.article("absent").isEmpty());
            assertThrows(StoreException.class, () -> store.ingest(hearing(), null));
        }
    }

    @Test
    void theSameTextIsStoredOnceEvenUnderAnotherId() {
        Path dir = tmp.resolve("s");
        try (Store store = Store.open(dir)) {
            assertTrue(store.ingest(briefing(), null).stored());
            Ingested again = store.ingest(briefing(), null);
            assertEquals(new Ingested("briefing", false, 0), again);
        }
        try (Store store = Store.open(dir)) {
            ArticleResult b = briefing();
            ArticleResult renamed = new ArticleResult(
                    "other", b.published(), null, null, null, b.text(), b.entities(), b.attributions());
            assertTrue(store.containsText(BRIEFING));
            assertEquals(new Ingested("briefing", false, 0), store.ingest(renamed, null));
            assertEquals(new StoreCounts(1, 2, 2), store.counts());
        }
    }

    @Test
    void anIdTakenByAnotherTextGetsASuffix() {
        try (Store store = Store.open(tmp.resolve("s"))) {
            store.ingest(briefing(), null);
            ArticleResult h = hearing();
            ArticleResult clash = new ArticleResult(
                    "briefing", h.published(), null, null, null, h.text(), h.entities(), h.attributions());
            assertEquals("briefing~2", store.ingest(clash, null).articleId());
            store.commit();
            assertEquals(HEARING, store.article("briefing~2").orElseThrow().text());
            assertEquals(BRIEFING, store.article("briefing").orElseThrow().text());
        }
    }

    @Test
    void aFullNameJoinsArticlesWithTitlesDatedAndEvidenceKept() {
        try (Store store = filled()) {
            SpeakerRecord spicer = store.speaker("p-sean-spicer").orElseThrow();
            assertEquals("Sean Spicer", spicer.name());
            assertEquals("sean spicer", spicer.mergeKey());
            assertFalse(spicer.local());
            assertEquals(
                    List.of("briefing", "hearing"),
                    spicer.appearances().stream().map(Appearance::articleId).toList());
            assertEquals(
                    List.of(
                            new TitleSeen("White House press secretary", List.of("2017-03-06"), List.of("briefing")),
                            new TitleSeen("press secretary", List.of("2017-04-02"), List.of("hearing"))),
                    spicer.titles());
            assertTrue(spicer.aliases().containsAll(List.of("Sean Spicer", "Spicer")));
            assertEquals(3, spicer.statements().total());
            assertEquals(Set.of("briefing", "hearing"), articles(spicer.statements()));
            for (Appearance a : spicer.appearances()) {
                String text = store.article(a.articleId()).orElseThrow().text();
                assertTrue(a.mentions().stream().allMatch(m -> m.matches(text)));
            }
        }
    }

    @Test
    void aSurnameAloneAndNamesakesAreNotJoined() {
        try (Store store = filled()) {
            String localSpicer =
                    store.article("local").orElseThrow().speakerIds().get("e1");
            assertTrue(localSpicer.startsWith("l-spicer-"), localSpicer);
            SpeakerRecord local = store.speaker(localSpicer).orElseThrow();
            assertTrue(local.local());
            assertEquals(
                    List.of("local"),
                    local.appearances().stream().map(Appearance::articleId).toList());
            assertEquals(1, local.statements().total());
            assertNotEquals(
                    store.speaker("p-jane-smith").orElseThrow().id(),
                    store.speaker("p-john-smith").orElseThrow().id());
            assertEquals(
                    1, store.speaker("p-jane-smith").orElseThrow().statements().total());
            assertEquals(
                    1, store.speaker("p-john-smith").orElseThrow().statements().total());
            SearchPage<SpeakerSummary> smiths = store.speakers("Smith", 0, 10);
            assertEquals(
                    Set.of("p-jane-smith", "p-john-smith"),
                    smiths.items().stream().map(SpeakerSummary::id).collect(Collectors.toSet()));
            SpeakerSummary first = store.speakers("Spicer", 0, 10).items().get(0);
            assertEquals(new SpeakerSummary("p-sean-spicer", "Sean Spicer", "PERSON", false, 2, 3), first);
        }
    }

    @Test
    void speakerNamesMatchAnyAliasAndFullNamesOnlyTheFullRecord() {
        try (Store store = filled()) {
            SearchPage<StatementHit> surname = store.search(StatementQuery.all().withSpeaker("Spicer"));
            assertEquals(4, surname.total());
            assertEquals(Set.of("briefing", "hearing", "local"), articles(surname));
            SearchPage<StatementHit> full = store.search(StatementQuery.all().withSpeaker("Mr. Sean Spicer"));
            assertEquals(3, full.total());
            assertTrue(full.items().stream().allMatch(h -> "p-sean-spicer".equals(h.speakerId())));
            assertEquals(
                    0,
                    store.search(StatementQuery.all().withSpeaker("Sean Hannity"))
                            .total());
        }
    }

    @Test
    void textAboutOutletAndPagingNarrowTheResults() {
        try (Store store = filled()) {
            SearchPage<StatementHit> stemmed = store.search(StatementQuery.all().withText("investigations"));
            assertEquals(1, stemmed.total());
            assertTrue(stemmed.items().get(0).contentText().contains("investigation"));
            assertTrue(stemmed.items().get(0).score() > 0);
            assertEquals(
                    1,
                    store.search(StatementQuery.all().withText("\"nothing to add\""))
                            .total());
            assertEquals(
                    0,
                    store.search(StatementQuery.all().withText("\"add nothing\""))
                            .total());
            SearchPage<StatementHit> flynn = store.search(StatementQuery.all().withAbout("Flynn"));
            assertEquals(2, flynn.total());
            assertEquals(Set.of("briefing", "hearing"), articles(flynn));
            assertEquals(
                    articles(flynn), articles(store.search(StatementQuery.all().withAboutId("p-michael-flynn"))));
            assertEquals(
                    4,
                    store.search(StatementQuery.all().withOutlet("daily planet"))
                            .total());
            assertEquals(
                    1,
                    store.search(StatementQuery.all().withOutlet("Daily Planet").withSpeaker("Smith"))
                            .total());
            SearchPage<StatementHit> page = store.search(StatementQuery.all().withPage(1, 2));
            assertEquals(6, page.total());
            assertEquals(2, page.items().size());
            assertTrue(page.hasMore());
        }
    }

    @Test
    void datesFilterByStatementDateElsePublicationDateAtTheirPrecision() {
        try (Store store = filled()) {
            // Newest first: local (May), then the hearing, then the briefing.
            List<String> order = store.search(StatementQuery.all()).items().stream()
                    .map(StatementHit::articleId)
                    .toList();
            assertEquals(List.of("local", "local"), order.subList(0, 2));
            assertEquals(List.of("briefing", "briefing"), order.subList(4, 6));
            // The hearing's Jane Smith statement is dated April 2017 (a month); the other by publication 2017-04-02.
            SearchPage<StatementHit> mid = store.search(
                    StatementQuery.all().withPeriod(LocalDate.parse("2017-04-20"), LocalDate.parse("2017-04-30")));
            assertEquals(1, mid.total());
            assertEquals("2017-04", mid.items().get(0).effectiveDate());
            assertEquals(
                    2,
                    store.search(StatementQuery.all()
                                    .withPeriod(LocalDate.parse("2017-04-01"), LocalDate.parse("2017-04-02")))
                            .total());
            assertEquals(
                    2,
                    store.search(StatementQuery.all().withPeriod(null, LocalDate.parse("2017-03-31")))
                            .total());
            assertEquals(
                    2,
                    store.search(StatementQuery.all().withPeriod(LocalDate.parse("2017-05-01"), null))
                            .total());
            assertEquals(
                    0,
                    store.search(StatementQuery.all()
                                    .withPeriod(LocalDate.parse("2017-05-01"), LocalDate.parse("2017-04-01")))
                            .total());
        }
    }

    @Test
    void aSecondWriterIsRefusedWhileReadersGoOn() {
        Path dir = tmp.resolve("s");
        try (Store store = Store.open(dir)) {
            store.ingest(briefing(), null);
            store.commit();
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("in use by another"), e.getMessage());
            try (Store reader = Store.openReadOnly(dir)) {
                assertEquals(1, reader.counts().articles());
                store.ingest(hearing(), null);
                store.commit();
                assertEquals(1, reader.counts().articles());
                reader.refresh();
                assertEquals(2, reader.counts().articles());
            }
        }
        try (Store again = Store.open(dir)) {
            assertEquals(2, again.counts().articles());
        }
    }

    @Test
    void whatWasNotCommittedIsLostAndNothingElse() {
        Path dir = tmp.resolve("s");
        Store store = Store.open(dir);
        store.ingest(briefing(), null);
        store.commit();
        store.ingest(hearing(), null);
        assertEquals(2, store.counts().articles());
        store.rollback();
        try (Store reopened = Store.open(dir)) {
            assertEquals(new StoreCounts(1, 2, 2), reopened.counts());
            assertEquals(BRIEFING, reopened.article("briefing").orElseThrow().text());
            assertTrue(reopened.article("hearing").isEmpty());
            assertTrue(reopened.ingest(hearing(), null).stored());
        }
    }

    @Test
    void aProcessKilledMidIngestLeavesTheLastCommitReadable() throws IOException, InterruptedException {
        Path dir = tmp.resolve("s");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingIngest.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(CrashingIngest.HALTED, p.waitFor(), output);
        try (Store reopened = Store.open(dir)) {
            assertEquals(new StoreCounts(1, 2, 2), reopened.counts());
            assertEquals(
                    briefing().attributions(),
                    reopened.article("briefing").orElseThrow().result().attributions());
            assertTrue(reopened.ingest(hearing(), null).stored(), "the lost article is ingested again");
        }
    }

    @Test
    void aFolderThatIsNoStoreIsRefusedWithItsName() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(other.resolve("cat.jpg"), "not an index");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(other));
        assertTrue(e.getMessage().startsWith(other.toString()), e.getMessage());
        assertThrows(StoreException.class, () -> Store.openReadOnly(tmp.resolve("absent")));
        assertTrue(Files.exists(other.resolve("cat.jpg")));
    }
}
