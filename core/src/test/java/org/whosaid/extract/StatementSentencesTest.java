package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.SharedData;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.TimeScope;
import org.whosaid.speaker.SpeakerResolver;
import org.whosaid.statement.Statement;
import org.whosaid.time.StatementDater;

class StatementSentencesTest {

    private final StatementSentences scope = new StatementSentences(CueLexicon.standard());

    @Test
    void selectsSentencesThatMayHoldAStatementAndTheOneBefore() {
        String text = "The storm hit on Monday. Roads were closed for a week. Power came back on Friday. "
                + "Crews worked all night. Officials met on Tuesday. "
                + "The mayor said on Wednesday that the city would rebuild. Schools reopen in May.";
        Parsed doc = Linguistics.shared().parse(text, LocalDate.of(2016, 9, 20));
        assertArrayEquals(new boolean[] {false, false, false, false, true, true, false}, scope.select(doc));
    }

    @Test
    void aStatementAfterAnEventSelectsTheOpeningSentences() {
        String text = "The home side won on Saturday. The crowd was large. Tickets sold out. Rain fell late. "
                + "The coach met the players. The captain said after the match that the team had earned it.";
        Parsed doc = Linguistics.shared().parse(text, LocalDate.of(2016, 9, 20));
        assertArrayEquals(new boolean[] {true, true, true, false, true, true}, scope.select(doc));
    }

    @Test
    void datesAreTheSameAsWithTimesEverywhere() throws IOException {
        List<Path> articles = new ArrayList<>(List.of(SharedData.examples().resolve("flynn-immunity.txt")));
        try (Stream<Path> dev = Files.list(SharedData.polnearDev().resolve("text"))) {
            List<Path> all = dev.sorted().toList();
            for (int i = 0; i < all.size(); i += 12) {
                articles.add(all.get(i));
            }
        }
        for (Path p : articles) {
            String text = Files.readString(p);
            assertEquals(dates(text, TimeScope.ALL), dates(text, scope), p.toString());
        }
    }

    private static List<String> dates(String text, TimeScope times) {
        Parsed doc = Linguistics.shared().parse(text, LocalDate.of(2017, 3, 31), times);
        List<Statement> found = new Statements().find(doc);
        return new StatementDater()
                .dates(doc, new SpeakerResolver().resolve(doc, found)).stream()
                        .map(Statement::date)
                        .toList();
    }
}
