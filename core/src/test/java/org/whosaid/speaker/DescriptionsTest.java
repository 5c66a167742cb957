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
    void anUnnamedSourceStaysUnnamed() {
        Sample s = Sample.of("Senate aide John Smith spoke on Monday. A congressional aide confirmed the talks.", null);
        assertNull(resolve(s, "aide", 1));
    }
}
