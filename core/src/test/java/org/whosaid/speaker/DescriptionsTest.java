package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.whosaid.Sample;

class DescriptionsTest {

    private static String resolve(Sample s, String head, int nth) {
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        int who = new Descriptions().resolve(s.doc(), c, new Titles().find(s.doc(), c), s.token(head, nth));
        return who < 0 ? null : c.clusters().get(who).name();
    }

    @Test
    void aPossessedRoleIsThePersonWithThatRoleForThePossessor() {
        Sample s = Sample.of(
                "Mr Flynn's lawyer said talks took place. Sean Spicer is a White House spokesman. "
                        + "Later Mr Flynn's attorney Robert Kelner said no.",
                null);
        assertEquals("Robert Kelner", resolve(s, "lawyer", 0));
    }

    @Test
    void aRoleForSomeoneIsTheNamedHolderOfThatRoleNearby() {
        Sample s = Sample.of(
                "White House spokesman Sean Spicer said little. "
                        + "A spokesman for Devin Nunes said the panel offered no deal. "
                        + "The committee \"had a conversation,\" spokesman Jack Langer said.",
                null);
        assertEquals("Jack Langer", resolve(s, "spokesman", 1));
    }

    @Test
    void theDefiniteRoleIsItsLastHolder() {
        Sample s = Sample.of(
                "President Donald Trump tweeted on Friday. The president is not supposed to direct investigations.",
                null);
        assertEquals("Donald Trump", resolve(s, "president", 0));
    }

    @Test
    void aHeadlinesBareRoleIsTheHolderTheStoryNames() {
        Sample s = Sample.of(
                "Retired Admiral Reveals Doubts Over Navy Budget.\n\n"
                        + "Retired U.S. Navy Admiral Helen Crane is speaking out about the budget, which she said "
                        + "would leave ships idle.",
                null);
        assertEquals("Helen Crane", resolve(s, "Admiral", 0));
    }

    @Test
    void anUnnamedSourceStaysUnnamed() {
        Sample s = Sample.of("Senate aide John Smith spoke on Monday. A congressional aide confirmed the talks.", null);
        assertNull(resolve(s, "aide", 1));
    }

    @Test
    void anOfficeNamedOnlyLaterIsItsHolder() {
        Sample s = Sample.of(
                "The Prime Minister has thanked the rescue crews. "
                        + "Prime Minister Aroha Tane visited the site on Sunday.",
                null);
        assertEquals("Aroha Tane", resolve(s, "Minister", 0));
    }

    @Test
    void aDescriptionNoOneHoldsAsATitleIsTheSubjectJustBefore() {
        Sample s = Sample.of(
                "Gareth Pryce spoke to veterans in Ohio on Monday. "
                        + "\"We need change,\" the Texas businessman said.",
                null);
        assertEquals("Gareth Pryce", resolve(s, "businessman", 0));
    }

    @Test
    void anOfficialStaysUnnamedWhateverNamesAreNear() {
        Sample s = Sample.of(
                "Gareth Pryce spoke to veterans in Ohio on Monday. The official said the meeting went well.", null);
        assertNull(resolve(s, "official", 0));
    }

    @Test
    void theOrganisationIsTheOneTheArticleDescribesWithTheNoun() {
        Sample s = Sample.of(
                "Orbis, the state-financed network, hired him in May. Harbour Bank lent it money. "
                        + "The network said it would send a crew to Lisbon.",
                null);
        assertEquals("Orbis", resolve(s, "network", 1));
    }

    @Test
    void theFundIsTheOrganisationWhoseNameHoldsIt() {
        Sample s = Sample.of(
                "The Global Recovery Fund cut its forecast on Tuesday. Banks were calm. "
                        + "The fund said growth would slow.",
                null);
        assertEquals("Global Recovery Fund", resolve(s, "fund", 0));
    }

    @Test
    void theCompanyIsTheOrganisationJustMentionedButTheGovernmentIsNot() {
        Sample s = Sample.of(
                "Shares in Corvan Airlines fell on Friday. The company said demand was weak. "
                        + "The government said it would help.",
                null);
        assertEquals("Corvan Airlines", resolve(s, "company", 0));
        assertNull(resolve(s, "government", 0));
    }

    @Test
    void aDocumentSpeaksForWhoeverWroteIt() {
        Sample s = Sample.of(
                "The IMF report said growth slowed. An analysis by Lena Voss found taxes would rise. "
                        + "A slide from a presentation that Mr. Ortega carries shows the cost. "
                        + "Another slide says jobs depend on trade.",
                null);
        assertEquals("IMF", resolve(s, "report", 0));
        assertEquals("Lena Voss", resolve(s, "analysis", 0));
        assertEquals("Ortega", resolve(s, "slide", 0));
        assertEquals("Ortega", resolve(s, "slide", 1));
    }

    @Test
    void aPublisherOrANamedSurveyTheTaggerMissedStillSpeaks() {
        Sample s = Sample.of(
                "A NATION TODAY analysis of the filings found that gifts doubled. "
                        + "Data from the 2019 Harbour Household Survey show that rents rose.",
                null);
        assertEquals("NATION TODAY", resolve(s, "analysis", 0));
        assertEquals("Harbour Household Survey", resolve(s, "Data", 0));
    }

    @Test
    void aRelativePronounIsThePhraseBeforeIt() {
        Sample s = Sample.of(
                "The panel questioned Dale Whitcombe, who admitted that no one was fired. "
                        + "Rosa Ibarra, a former minister who is a critic of the plan, said it would fail.",
                null);
        assertEquals("Dale Whitcombe", resolve(s, "who", 0));
        assertEquals("Rosa Ibarra", resolve(s, "critic", 0));
    }

    @Test
    void anAgeStandsForThePersonJustBefore() {
        Sample s = Sample.of(
                "Lee Marden appeared in court on Tuesday. The 42-year-old now says he was forced to plead guilty.",
                null);
        assertEquals("Lee Marden", resolve(s, "old", 0));
    }

    @Test
    void anOfficeOfItsOwnIsNotAnotherOfficeOfTheSameKind() {
        Sample s = Sample.of(
                "Tourism Minister Arul Selvam spoke in Madurai on Saturday. "
                        + "He said the Chief Minister had asked all ministers to stay in Chennai.",
                null);
        assertNull(resolve(s, "Minister", 1));
    }
}
