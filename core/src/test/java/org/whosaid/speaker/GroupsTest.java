package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;
import org.whosaid.extract.Statements;
import org.whosaid.statement.Statement;

class GroupsTest {

    private static List<String> speakers(Cast cast, int i) {
        return cast.statements().get(i).speakers().stream()
                .map(w -> cast.entities().get(w).name())
                .toList();
    }

    @Test
    void coordinatedNamesSpeakTogetherInOrderOfFirstMention() {
        Sample s = Sample.of(
                "Rep. Odile Marchetti met voters in Akron. Rep. Tomas Herrera joined her. "
                        + "Mr. Herrera and Ms. Marchetti said the plant must stay open.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(
                        s.doc(),
                        List.of(s.statement("Mr. Herrera and Ms. Marchetti", "said", "the plant must stay open")));
        assertEquals(List.of("Odile Marchetti", "Tomas Herrera"), speakers(cast, 0));
        assertEquals("joint", cast.statements().get(0).speakerRule());
    }

    @Test
    void thePartnersASlashJoinsSpeakTogetherAndAgainThroughTheirDocument() {
        Sample s = Sample.of(
                "A Reuters/Ipsos poll found that most voters back the plan. "
                        + "The poll also found that few trust the council. Reuters reported the figures on Friday.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(
                        s.doc(),
                        List.of(
                                s.statement("A Reuters/Ipsos poll", "found", "most voters back the plan"),
                                s.statement("The poll", "found", "few trust the council"),
                                s.statement("Reuters", "reported", "the figures")));
        assertEquals(List.of("Reuters", "Ipsos"), speakers(cast, 0));
        assertEquals(List.of("Reuters", "Ipsos"), speakers(cast, 1));
        assertEquals(List.of("Reuters"), speakers(cast, 2));
    }

    @Test
    void aNameJoinedWithPeopleItDoesNotNameIsNoOneNamed() {
        Sample s = Sample.of(
                "Rep. Odile Marchetti met voters in Akron. "
                        + "Ms. Marchetti and her supporters said the plant must stay open.",
                null);
        Cast cast = new SpeakerResolver()
                .resolve(
                        s.doc(),
                        List.of(s.statement("Ms. Marchetti and her supporters", "said", "the plant must stay open")));
        assertEquals(List.of(), speakers(cast, 0));
    }

    @Test
    void theyAfterCoordinatedNamesIsThatGroupButAfterAnalystsNoOne() {
        Sample s = Sample.of(
                "Senators Ruth Adeyemi and Colin Marsh visited the border on Monday. "
                        + "They said the wall would not work.\n\n"
                        + "Analysts were doubtful about the new rules. Prices would rise, they said.",
                null);
        List<Statement> st = List.of(
                s.statement("They", "said", "the wall would not work"),
                s.statement("they", "said", "Prices would rise"));
        Cast cast = new SpeakerResolver().resolve(s.doc(), Statements.continuations(st));
        assertEquals(List.of("Ruth Adeyemi", "Colin Marsh"), speakers(cast, 0));
        assertTrue(speakers(cast, 1).isEmpty(), speakers(cast, 1).toString());
    }

    @Test
    void theTwoCountriesAreTheTwoNamedJustBefore() {
        Sample s = Sample.of(
                "Peru and Chile argued over fishing rights for a decade. "
                        + "In 2014 the two countries agreed to share the waters.",
                null);
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        int countries = s.token("countries", 0);
        assertTrue(Groups.isPlural(s.doc(), countries));
        List<Integer> group = new Groups().antecedent(s.doc(), c, countries).orElseThrow();
        assertEquals(
                List.of("Peru", "Chile"),
                group.stream().map(g -> c.clusters().get(g).name()).toList());
    }

    @Test
    void aCountedGroupMayBeNamedParagraphsBefore() {
        Sample s = Sample.of(
                "Peru and Chile quarrelled about fish for years.\n\n"
                        + "Boats were seized. Fines were paid. Lawyers were hired.\n\n"
                        + "Talks failed in 2010. A court in The Hague heard the case.\n\n"
                        + "In 2014 the two countries agreed to share the waters.",
                null);
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        List<Integer> group =
                new Groups().antecedent(s.doc(), c, s.token("countries", 0)).orElseThrow();
        assertEquals(
                List.of("Peru", "Chile"),
                group.stream().map(g -> c.clusters().get(g).name()).toList());
    }

    @Test
    void pluralOfficeHoldersNamedOnlyLaterAreTheNamesCoordinatedNext() {
        Sample s = Sample.of(
                "Vermont's two U.S. Senators are calling for a vote. They say a deal is close.\n\n"
                        + "Senators Ruth Adeyemi and Colin Marsh both back the bill.",
                null);
        Clusters c = new EntityClusters().cluster(new NameMentions().find(s.doc()));
        List<Integer> group =
                new Groups().antecedent(s.doc(), c, s.token("They", 0)).orElseThrow();
        assertEquals(
                List.of("Ruth Adeyemi", "Colin Marsh"),
                group.stream().map(g -> c.clusters().get(g).name()).toList());
    }

    @Test
    void severalKindsOfPeopleOrThingsAreNoGroupOfNames() {
        Sample s = Sample.of(
                "Ruth Adeyemi and Colin Marsh met on Monday. The families, supporters and officials said little. "
                        + "Three recent polls show a tie.",
                null);
        assertTrue(!Groups.isPlural(s.doc(), s.token("families", 0)));
        assertTrue(!Groups.isPlural(s.doc(), s.token("polls", 0)));
    }
}
