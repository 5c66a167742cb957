package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Statement;

class LabelsTest {

    private static List<Statement> find(String text) {
        Parsed doc = Linguistics.shared().parse(text, null);
        return new Labels().find(doc);
    }

    @Test
    void aNameAndAColonLabelAHeadline() {
        String text = "Elizabeth Warren: Donald Trump Is a Failure in Business\n\nThe senator spoke on Saturday.";
        List<Statement> found = find(text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("Elizabeth Warren", found.get(0).source().text());
        assertEquals(":", found.get(0).cue().text());
        assertEquals(
                "Donald Trump Is a Failure in Business",
                found.get(0).content().get(0).text());
    }

    @Test
    void transcriptTurnsAreStatementsOfTheirSpeakers() {
        String text = "TAPPER: Do you think he has campaigned well this year?\n\n"
                + "FALLIN: I think he is trying to campaign as a healer.\n\n"
                + "TAPPER: And what about the party in your state?\n\n"
                + "FALLIN: The party will stand behind him in November.";
        List<Statement> found = find(text);
        assertEquals(
                List.of("TAPPER", "FALLIN", "TAPPER", "FALLIN"),
                found.stream().map(s -> s.source().text()).toList());
    }

    @Test
    void aTranscriptQuotedTurnByTurnKeepsEachTurnWhole() {
        String text = "The interview went as follows:\n\n"
                + "\"HOST: Do you think he has campaigned well this year?\n\n"
                + "\"MARSH: I think he is trying to campaign as a healer.\n\n"
                + "\"But the party will have to decide for itself in the spring.\n\n"
                + "\"(CROSSTALK.)\n\n"
                + "\"HOST: And what about the party in your state?\n\n"
                + "\"MARSH: The party will stand behind him in November.\"";
        List<Statement> found = find(text);
        assertEquals(
                List.of("HOST", "MARSH", "HOST", "MARSH"),
                found.stream().map(s -> s.source().text()).toList());
        assertEquals(
                List.of(
                        "I think he is trying to campaign as a healer.",
                        "But the party will have to decide for itself in the spring."),
                found.get(1).content().stream().map(c -> c.text()).toList());
        assertEquals(
                1, found.get(2).content().size(), () -> found.get(2).content().toString());
    }

    @Test
    void labelsThatNameNoOneAreNotSpeakers() {
        assertEquals(
                List.of(),
                find("Editor\u2019s note: This story was updated on Monday.\n\nUPDATE: The vote was delayed."));
        assertEquals(List.of(), find("Q: What did you think of the debate last night?\n\nA: It was long and loud."));
        assertEquals(List.of(), find("He added: the plan will not pass the Senate this year."));
    }
}
