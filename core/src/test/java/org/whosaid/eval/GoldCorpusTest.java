package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.article.InputException;

class GoldCorpusTest {

    static final String TEXT = "Smith said: \"We will win,\" adding that taxes would rise.\nNobody knows why.\n";

    /** A T line for the first occurrence of {@code words}. */
    static String t(String id, String type, String words) {
        int s = TEXT.indexOf(words);
        return id + "\t" + type + " " + s + " " + (s + words.length()) + "\t" + words;
    }

    static String span(String words) {
        int s = TEXT.indexOf(words);
        return s + " " + (s + words.length());
    }

    /** A gold folder: article a annotated twice (a_1 is the gold), article b never. */
    static Path corpus(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), TEXT);
        Files.writeString(dir.resolve("text/b.txt"), "Nothing said here.\n");
        Files.writeString(dir.resolve("text/notes.md"), "not an article");
        String ann = String.join(
                "\n",
                t("T1", "Source", "Smith"),
                t("T2", "Cue", "said"),
                "T3\tContent " + span("\"We will win,\"") + ";" + span("taxes would rise")
                        + "\t\"We will win,\" taxes would rise",
                t("T4", "Attribution", "said"),
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
                "E2\tAttribution-no-source:T4 Cue:T6 Content:T5 Content2:T7",
                t("T5", "Content", "that taxes"),
                t("T6", "Cue", "adding"),
                "T7\tContent " + span("rise.\nNobody") + "\trise.",
                "Nobody",
                "E3\tAttribution:T4 Source:T1",
                t("T8", "Discard", "why"),
                "#1\tAnnotatorNotes T1\ta note",
                "");
        Files.writeString(dir.resolve("attributions/a_1.ann"), ann);
        Files.writeString(
                dir.resolve("attributions/a_2.ann"), "E1\tAttribution:T1 Content:T1\n" + t("T1", "Content", "Nobody"));
        return dir;
    }

    @Test
    void readsEventsWithTheirRolesFromTheFirstAnnotator(@TempDir Path tmp) throws Exception {
        GoldCorpus c = GoldCorpus.load(corpus(tmp));
        assertEquals(List.of("a", "b"), List.copyOf(c.articles().keySet()));
        List<ScoredAttribution> a = c.gold().get("a");
        assertEquals(2, a.size(), "E3 has no content and is dropped");
        CodePoints text = c.articles().get("a").text();

        ScoredAttribution first = a.get(0);
        assertEquals("Smith", first.source().text(text));
        assertEquals("said", first.cue().text(text));
        assertEquals("\"We will win,\" taxes would rise", first.content().text(text));
        assertEquals(2, first.content().fragments().size());
        assertTrue(first.directQuote());

        ScoredAttribution second = a.get(1);
        assertTrue(second.source().isEmpty());
        assertEquals("adding", second.cue().text(text));
        assertEquals("that taxes rise.\nNobody", second.content().text(text), "Content2 merged into the content");
        assertTrue(!second.directQuote());

        assertEquals(new GoldStats(1, 2, 1, 0, 1, 1), c.stats());
        assertEquals(List.of(), c.gold().get("b"));
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path tmp) {
        InputException e = assertThrows(InputException.class, () -> GoldCorpus.load(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void countsTokensAsTheScorerDoes(@TempDir Path tmp) throws Exception {
        GoldCorpus c = GoldCorpus.load(corpus(tmp));
        // a: Smith said : " We will win , " adding that taxes would rise . Nobody knows why . (19); b: 4
        assertEquals(23, c.tokenCount());
    }
}
