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
        assertEquals(List.of("Senator"), f.of("Elizabeth Warren"));
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
    void aPartyWordBeforeTheNameIsAPartyRoleButAnAdjectiveAloneIsNot() {
        Found f = titles("Investigators said Democrat Hillary Clinton had won. Wealthy Tom Steyer paid.");
        assertEquals(List.of("Democrat"), f.of("Hillary Clinton"));
        assertEquals(List.of(), f.of("Tom Steyer"));
    }

    @Test
    void parenthesesAreNoAppositionAndARelationToSomeoneIsNoTitle() {
        Found f = titles("Donald Trump and Sen. Ted Cruz (R-Texas) lamented immigration. "
                + "Trump has an advantage over his closest rival in the GOP field, Ben Carson.");
        assertEquals(List.of("Senator"), f.of("Ted Cruz"));
        assertEquals(List.of(), f.of("Donald Trump"));
        assertEquals(List.of(), f.of("Ben Carson"));
    }

    @Test
    void anOfficeOfSomethingIsOneTitle() {
        Found f = titles("The debate included former Secretary of State Hillary Clinton.");
        assertEquals(List.of("former Secretary of State"), f.of("Hillary Clinton"));
    }

    @Test
    void anOfficeHonorificIsATitleOfItsOwnOrGoesWithTheWordsThatPlaceIt() {
        Found f = titles("Republican vice-presidential nominee Gov. Tom Avery spoke first. "
                + "Then Massachusetts Sen. Ann Lowell and Deputy Attorney General Ruth Hale answered.");
        assertEquals(List.of("Republican vice-presidential nominee", "Governor"), f.of("Tom Avery"));
        assertEquals(List.of("Massachusetts Senator"), f.of("Ann Lowell"));
        assertEquals(List.of("Deputy Attorney General"), f.of("Ruth Hale"));
    }

    @Test
    void aTitleIsNeverATimeOrAVerb() {
        Found f = titles(
                "Last week Marlow Pike said nothing. Senator Ellen Ward grilled Harbour Bank chief executive Dan Ekins.");
        assertEquals(List.of(), f.of("Marlow Pike"));
        assertEquals(List.of("Harbour Bank chief executive"), f.of("Dan Ekins"));
    }

    @Test
    void anAppositionPastAPartyTagAndThePluralHonorificOfTwo() {
        Found f = titles("\"We will vote no,\" said Rep. Nia Cole (D-Ohio), head of the Progressive Caucus. "
                + "Sens. Amy Orr (D-Mont.) and Dave Pell (R-La.) agreed.");
        assertEquals(List.of("Representative", "head of the Progressive Caucus"), f.of("Nia Cole"));
        assertEquals(List.of("Senator"), f.of("Dave Pell"));
    }

    @Test
    void whatARelativeClauseOrACopulaMakesOfTheName() {
        Found f = titles("Paul Ritter, who served as U.S. ambassador to Chile from 2012 until 2015, said little. "
                + "Mara Quint was a partner at Fenwick & Ross before. Tom Varga is a liar, his critics say.");
        assertEquals(List.of("U.S. ambassador to Chile"), f.of("Paul Ritter"));
        assertEquals(List.of("partner at Fenwick & Ross"), f.of("Mara Quint"));
        assertEquals(List.of(), f.of("Tom Varga"));
    }

    @Test
    void aFrontedDescriptionAndNoRelationsOrPlurals() {
        Found f = titles("Now the highest-ranking judge in the state, Mara Quint rose quickly. "
                + "He thanked his wife, Lena Voss. These employees, Dale Orbe explained, were fired.");
        assertEquals(List.of("highest-ranking judge in the state"), f.of("Mara Quint"));
        assertEquals(List.of(), f.of("Lena Voss"));
        assertEquals(List.of(), f.of("Dale Orbe"));
    }

    @Test
    void anOrganisationsKindBeforeItsName() {
        Found f = titles("Telecoms regulator Harbour Media Authority said the outage was serious.");
        assertEquals(List.of("Telecoms regulator"), f.of("Harbour Media Authority"));
    }

    @Test
    void nothingInAHeadlineIsATitle() {
        Found f = titles("Retired General Slams Harbour Bank Over Hidden Fees And Late Refunds.\n\n"
                + "Retired general Omar Price spoke on Monday. Price said the bank had failed.");
        assertEquals(List.of("Retired general"), f.of("Omar Price"));
    }
}
