package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;

class TitlesTest {

    private record Found(Clusters clusters, List<Title> titles) {
        List<String> of(String name) {
            return titles.stream()
                    .filter(t -> clusters.clusters()
                            .get(clusters.owner().get(t.mention()))
                            .name()
                            .equals(name))
                    .map(Title::text)
                    .toList();
        }
    }

    private static Found titles(String text) {
        Sample s = Sample.of(text, null);
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        return new Found(c, new Titles().find(s.doc(), c));
    }

    @Test
    void wordsBeforeTheNameAreItsTitle() {
        Found f = titles("Investigators rebuffed former US national security adviser Michael Flynn's offer. "
                + "White House spokesman Sean Spicer said nothing.");
        assertEquals(List.of("former US national security adviser"), f.of("Michael Flynn"));
        assertEquals(List.of("White House spokesman"), f.of("Sean Spicer"));
    }

    @Test
    void anOfficeHonorificIsATitleButACourtesyIsNot() {
        Found f = titles("President Donald Trump met Mr Smith and Sen. Elizabeth Warren.");
        assertEquals(List.of("President"), f.of("Donald Trump"));
        assertEquals(List.of(), f.of("Smith"));
        assertEquals(List.of("Sen."), f.of("Elizabeth Warren"));
    }

    @Test
    void appositionsOnEitherSide() {
        Found f = titles("The top Democrat on the House intelligence committee, Adam Schiff, of California, spoke. "
                + "A spokesman for Devin Nunes, the Republican chairman of the committee, declined to comment.");
        assertEquals(List.of("top Democrat on the House intelligence committee"), f.of("Adam Schiff"));
        assertEquals(List.of("Republican chairman of the committee"), f.of("Devin Nunes"));
    }

    @Test
    void aPossessorIsTheTieNotPartOfTheTitle() {
        Found f = titles("Mr Flynn's attorney Robert Kelner said no.");
        Title t = f.titles().stream()
                .filter(x -> x.text().equals("attorney"))
                .findFirst()
                .orElseThrow();
        assertEquals("attorney", t.role());
        assertTrue(t.tie() >= 0);
        assertEquals("Flynn", f.clusters().mentions().get(t.tie()).name());
    }

    @Test
    void adjectivesAloneAreNoTitle() {
        Found f = titles("Investigators said Republican Donald Trump had won.");
        assertEquals(List.of(), f.of("Donald Trump"));
    }

    @Test
    void parenthesesAreNoAppositionAndPrepositionsOpenNoTitle() {
        Found f = titles("Donald Trump and Sen. Ted Cruz (R-Texas) lamented immigration. "
                + "Trump has an advantage over his closest rival in the GOP field, Ben Carson.");
        assertEquals(List.of("Sen."), f.of("Ted Cruz"));
        assertEquals(List.of(), f.of("Donald Trump"));
        assertEquals(List.of("closest rival in the GOP field"), f.of("Ben Carson"));
    }

    @Test
    void anOfficeOfSomethingIsOneTitle() {
        Found f = titles("The debate included former Secretary of State Hillary Clinton.");
        assertEquals(List.of("former Secretary of State"), f.of("Hillary Clinton"));
    }
}
