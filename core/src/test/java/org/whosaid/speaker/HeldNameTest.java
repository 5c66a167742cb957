package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.statement.Statement;

class HeldNameTest {

    private static String speaker(Cast cast, int i) {
        int who = cast.statements().get(i).speaker();
        return who < 0 ? null : cast.entities().get(who).name();
    }

    private static Statement label(Statement s) {
        return new Statement(s.kind(), s.source(), s.cue(), s.content(), null, s.sentence(), "label-line");
    }

    @Test
    void aHeadlinesLabelIsTheFirstPersonItNames() {
        Sample s = Sample.of(
                "A warning from Nadia Osei: 'Vote in numbers.'\n\n"
                        + "Nadia Osei spoke at the rally. Clinton camp: 'We will win.'\n\nHillary Clinton smiled.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(
                        s.doc(),
                        List.of(
                                label(s.statement("A warning from Nadia Osei", ":", "'Vote in numbers.'")),
                                label(s.statement("Clinton camp", ":", "'We will win.'"))));
        assertEquals("Nadia Osei", speaker(cast, 0));
        assertEquals("held-name", cast.statements().get(0).speakerRule());
        // The camp speaks for itself, not for the person it is named after.
        assertEquals("Clinton camp", speaker(cast, 1));
    }

    @Test
    void aFirstNameAloneInAQuotationIsNoNameOfItsOwn() {
        Sample s = Sample.of("Donald Trump waved. \"That's right, Donald,\" Melanie said. Trump laughed.", null);
        Cast cast = new SpeakerResolver().resolve(s.doc(), List.of());
        assertTrue(
                cast.entities().stream()
                        .allMatch(e ->
                                e.mentions().stream().noneMatch(m -> m.text().equals("Donald"))),
                cast.entities().toString());
    }
}
