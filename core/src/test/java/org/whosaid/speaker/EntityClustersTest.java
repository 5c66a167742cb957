package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;

class EntityClustersTest {

    private static Clusters cluster(Sample s) {
        return new EntityClusters().cluster(new NameMentions().find(s.doc()));
    }

    @Test
    void aLoneSurnameJoinsTheFullNameAndTheFullestNameWins() {
        Sample s = Sample.of(
                "Flynn resigned on Monday. Michael Flynn had been the adviser. Mr Flynn declined to comment.", null);
        Clusters c = cluster(s);
        assertEquals(1, c.clusters().size(), c.clusters().toString());
        assertEquals("Michael Flynn", c.clusters().get(0).name());
        assertEquals(3, c.clusters().get(0).mentions().size());
        assertEquals(Gender.MALE, c.clusters().get(0).gender());
    }

    @Test
    void peopleSharingASurnameStayApartAndTheHonorificPicks() {
        Sample s = Sample.of(
                "Bill Clinton spoke after Hillary Clinton. Mrs Clinton thanked the crowd. " + "Then Mr Clinton left.",
                null);
        Clusters c = cluster(s);
        List<String> names = c.clusters().stream().map(Cluster::name).toList();
        assertEquals(List.of("Bill Clinton", "Hillary Clinton"), names);
        int mrs = c.clusterAt(s.token("Mrs", 0));
        int mr = c.clusterAt(s.token("Mr", 0));
        assertEquals("Hillary Clinton", c.clusters().get(mrs).name());
        assertEquals("Bill Clinton", c.clusters().get(mr).name());
    }

    @Test
    void anAcronymJoinsItsOrganisation() {
        Sample s = Sample.of("The Federal Bureau of Investigation opened a case. The FBI did not say why.", null);
        Clusters c = cluster(s);
        int fbi = c.clusterAt(s.token("FBI", 0));
        int full = c.clusterAt(s.token("Bureau", 0));
        assertEquals(full, fbi);
        assertEquals("Federal Bureau of Investigation", c.clusters().get(fbi).name());
    }

    @Test
    void differentFullNamesAreDifferentPeople() {
        Sample s = Sample.of("John Smith met Jane Smith in Paris.", null);
        Clusters c = cluster(s);
        assertNotEquals(c.clusterAt(s.token("John", 0)), c.clusterAt(s.token("Jane", 0)));
    }

    @Test
    void theTailOfAFullNameIsTheSamePerson() {
        Sample s = Sample.of("Trump called upon Mayor Bill de Blasio to act. De Blasio disbanded the unit.", null);
        Clusters c = cluster(s);
        assertEquals(c.clusterAt(s.token("Bill", 0)), c.clusterAt(s.token("De", 0)));
    }

    @Test
    void aLoneSurnameWithNoOneNamedBeforeIsThePersonNamedMostOften() {
        Sample s = Sample.of(
                "President Obama spoke first. Michelle Obama followed him on stage. "
                        + "Barack Obama had invited the guests. Mr. Obama thanked them, and Mr. Obama left.",
                null);
        Clusters c = cluster(s);
        int president = c.clusterAt(s.token("President", 0));
        assertEquals("Barack Obama", c.clusters().get(president).name());
    }

    @Test
    void aFamilyNameThatComesFirstJoinsTheFullName() {
        Sample s = Sample.of("Minister Zhao Weiming arrived on Monday. Mr Zhao said the talks were useful.", null);
        Clusters c = cluster(s);
        assertEquals(c.clusterAt(s.token("Weiming", 0)), c.clusterAt(s.token("Zhao", 1)));
    }

    @Test
    void anAcronymWithFullStopsJoinsItsOrganisation() {
        Sample s = Sample.of(
                "The World Trade Organization ruled on Friday. The W.T.O. said the tariffs broke its rules.", null);
        Clusters c = cluster(s);
        assertEquals(c.clusterAt(s.token("Organization", 0)), c.clusterAt(s.token("W.T.O.", 0)));
    }
}
