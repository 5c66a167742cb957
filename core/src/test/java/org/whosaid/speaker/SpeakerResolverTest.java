package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.extract.Statement;
import org.whosaid.result.Entity;

class SpeakerResolverTest {

    private static String speaker(Cast cast, int i) {
        int who = cast.speakers().get(i);
        return who < 0 ? null : cast.entities().get(who).name();
    }

    @Test
    void sourcesResolveThroughNamesAppositionsAndContinuation() {
        Sample s = Sample.of("The top Democrat on the committee, Adam Schiff, said leaders would meet. "
                + "\"We should act,\" Mr Schiff said. \"The facts matter.\"\n\n"
                + "A congressional aide confirmed the talks.", null);
        List<Statement> st = List.of(
                s.statement("The top Democrat on the committee, Adam Schiff,", "said", "leaders would meet"),
                s.statement("Mr Schiff", "said", "\"We should act,\""),
                s.statement(null, null, "\"The facts matter.\""),
                s.statement("A congressional aide", "confirmed", "the talks"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), st);
        assertEquals("Adam Schiff", speaker(cast, 0));
        assertEquals("Adam Schiff", speaker(cast, 1));
        assertEquals("Adam Schiff", speaker(cast, 2));
        assertEquals(null, speaker(cast, 3));
    }

    @Test
    void anOrganisationSpeaksForItself() {
        Sample s = Sample.of("The White House said the meeting was cancelled.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(),
                List.of(s.statement("The White House", "said", "the meeting was cancelled")));
        assertEquals("White House", speaker(cast, 0));
    }

    @Test
    void entitiesCarryTheirTitlesAndEveryMention() {
        Sample s = Sample.of("White House spokesman Sean Spicer spoke. Mr Spicer's remarks were brief.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of());
        Entity spicer = cast.entities().stream().filter(e -> e.name().equals("Sean Spicer")).findFirst().orElseThrow();
        assertEquals(List.of("White House spokesman"), spicer.titles());
        assertEquals(List.of("Sean Spicer", "Mr Spicer"), spicer.mentions().stream().map(m -> m.text()).toList());
        assertTrue(spicer.mentions().stream().allMatch(m -> m.matches(s.doc().text())));
    }

    @Test
    void aDefiniteDescriptionOfANamedPersonAddsATitle() {
        Sample s = Sample.of("Members of Congress said the retired lieutenant general should face charges. "
                + "\"General Flynn has a story to tell,\" Mr Kelner said.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of());
        Entity flynn = cast.entities().stream().filter(e -> e.name().equals("Flynn")).findFirst().orElseThrow();
        assertEquals(List.of("retired lieutenant general", "General"), flynn.titles());
    }
}
