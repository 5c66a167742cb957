package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;

class NameMentionsTest {

    private static List<String> texts(Sample s, List<NameMention> ms) {
        return ms.stream().map(m -> s.doc().text(m.start(), m.end())).toList();
    }

    @Test
    void honorificsBelongToTheMentionButNotToTheName() {
        Sample s = Sample.of("Mr Flynn's attorney said he would talk. Lt. Gen. Michael Flynn declined.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> spans = texts(s, ms);
        assertTrue(spans.contains("Mr Flynn"), spans.toString());
        NameMention flynn = ms.get(spans.indexOf("Mr Flynn"));
        assertEquals("Flynn", flynn.name());
        assertEquals(List.of("Mr"), flynn.honorifics());
        assertEquals(Gender.MALE, flynn.honorificGender());
        NameMention full = ms.stream()
                .filter(m -> m.name().equals("Michael Flynn"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("Lt.", "Gen."), full.honorifics());
    }

    @Test
    void pronounsAreNoNames() {
        Sample s = Sample.of("Hillary Clinton said she would win. Her campaign agreed.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        assertEquals(List.of("Hillary Clinton"), texts(s, ms));
    }

    @Test
    void organisationsAreNamedToo() {
        Sample s = Sample.of("The Federal Bureau of Investigation declined to comment, the FBI said.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        assertTrue(ms.stream().allMatch(m -> m.type().equals(NameMention.ORGANIZATION)), ms.toString());
        assertTrue(texts(s, ms).contains("FBI"), texts(s, ms).toString());
    }

    @Test
    void hyphensAndParticlesStayInsideTheName() {
        Sample s = Sample.of(
                "Minister Marie-Claire Beaulieu met Pieter van der Berg and Ahmed bin Rashid in Paris.", null);
        List<String> names =
                new NameMentions().find(s.doc()).stream().map(NameMention::name).toList();
        assertTrue(names.contains("Marie-Claire Beaulieu"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("van der Berg")), names.toString());
        assertTrue(names.contains("Ahmed bin Rashid"), names.toString());
    }

    @Test
    void sirAndDameAreHonorificsNotNames() {
        Sample s = Sample.of("Sir Alan Fairweather thanked Dame Olivia Trent for the report.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        assertEquals(
                List.of("Alan Fairweather", "Olivia Trent"),
                ms.stream().map(NameMention::name).toList());
        assertEquals(List.of("Sir"), ms.get(0).honorifics());
        assertEquals(Gender.FEMALE, ms.get(1).honorificGender());
    }

    @Test
    void aSurnameThatIsAlsoAnOfficeIsANameAfterMr() {
        Sample s = Sample.of("Walter King hosts the show. Mr. King said he liked it.", null);
        List<String> spans = texts(s, new NameMentions().find(s.doc()));
        assertTrue(spans.contains("Mr. King"), spans.toString());
    }

    @Test
    void aSurnameTheTaggerMissedIsStillAName() {
        Sample s =
                Sample.of("Senator Harold Tester questioned the banker. Later Tester said the bank had failed.", null);
        List<String> spans = texts(s, new NameMentions().find(s.doc()));
        assertEquals(2, spans.stream().filter(t -> t.endsWith("Tester")).count(), spans.toString());
    }

    @Test
    void inATitleCaseHeadlineOnlyTheBodysNamesCount() {
        Sample s = Sample.of(
                "Margaret Osei Slams Harbour Bank Chief Over Hidden Fees And Late Refunds.\n\n"
                        + "Senator Margaret Osei criticised Harbour Bank on Monday for its fees.",
                null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> names = ms.stream().map(NameMention::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains("Slams")), names.toString());
        assertEquals(2, names.stream().filter(n -> n.equals("Margaret Osei")).count(), names.toString());
    }

    @Test
    void aPlaceThatActsIsNamedAsAnOrganisation() {
        Sample s =
                Sample.of("Mexico insisted that the deal be kept. Trade with Mexico grew, and Canada was quiet.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> orgs = ms.stream()
                .filter(m -> m.type().equals(NameMention.ORGANIZATION))
                .map(NameMention::name)
                .toList();
        assertEquals(List.of("Mexico", "Mexico"), orgs);
        assertTrue(ms.stream().allMatch(m -> !m.name().equals("Canada")), ms.toString());
    }

    @Test
    void aDocumentsPublisherOrOwnNameIsAnOrganisation() {
        Sample s = Sample.of(
                "A NORTHLIGHT analysis found that gifts doubled. The Harbour Household Survey shows that rents rose. "
                        + "A new analysis of the filings is due.",
                null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> orgs = ms.stream()
                .filter(m -> m.type().equals(NameMention.ORGANIZATION))
                .map(NameMention::name)
                .toList();
        assertTrue(orgs.contains("NORTHLIGHT"), ms.toString());
        assertTrue(orgs.contains("Harbour Household Survey"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.name().contains("analysis")), ms.toString());
    }

    @Test
    void anArticleInsideAnOrganisationsNameStaysInIt() {
        Sample s = Sample.of("The Committee for a Responsible Federal Budget said the plan would cost more.", null);
        List<String> names =
                new NameMentions().find(s.doc()).stream().map(NameMention::name).toList();
        assertTrue(names.contains("Committee for a Responsible Federal Budget"), names.toString());
    }

    @Test
    void aTranscriptsShoutedSurnameIsTheNamedPerson() {
        Sample s = Sample.of(
                "Governor Helen Marsh spoke to the host.\n\n"
                        + "HOST: Will you run again?\n\nMARSH: I will decide in the spring.\n\n"
                        + "HOST: Thank you.\n\nMARSH: Thank you for having me.",
                null);
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        long marsh = c.mentions().stream()
                .filter(m -> s.doc().text(m.start(), m.end()).equals("MARSH"))
                .filter(m -> c.clusters()
                        .get(c.owner().get(c.mentions().indexOf(m)))
                        .name()
                        .equals("Helen Marsh"))
                .count();
        assertEquals(2, marsh, c.clusters().toString());
    }

    @Test
    void aVerbOpeningTheSentenceIsNoFirstName() {
        Sample s =
                Sample.of("The economist Ryan Ellis said the plan was costly. Said Ellis: \"It will not pass.\"", null);
        List<String> names =
                new NameMentions().find(s.doc()).stream().map(NameMention::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Said")), names.toString());
    }

    @Test
    void aPersonsCampaignIsAnOrganisation() {
        Sample s =
                Sample.of("Hillary Clinton spoke in Ohio. The Clinton campaign said it would respond on Monday.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        NameMention team = ms.stream()
                .filter(m -> m.name().equals("Clinton campaign"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(NameMention.ORGANIZATION, team.type());
    }

    @Test
    void aCapitalisedInstitutionAfterTheIsAnOrganisationButARoleIsNot() {
        Sample s = Sample.of(
                "In its closing the Crown told the court that the appeal had no merit. "
                        + "The judge said the President had nothing to do with it.",
                null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> names = ms.stream().map(NameMention::name).toList();
        assertTrue(names.contains("Crown"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("President")), names.toString());
    }

    @Test
    void aProperNounTheTaggerDidNotKnowIsANameWhereTheArticleCapitalisesIt() {
        Sample s = Sample.of(
                "FactWatchr ruled that the claim was false. Readers asked why FactWatchr had waited.\n\n"
                        + "The top Democrat on the panel said the vote would wait. Every Democrat agreed.",
                null);
        List<String> names =
                new NameMentions().find(s.doc()).stream().map(NameMention::name).toList();
        assertTrue(names.contains("FactWatchr"), names.toString());
        assertTrue(!names.contains("Democrat"), names.toString());
    }
}
