package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutputNamesTest {

    @Test
    void idsBecomeSafeFileNames() {
        assertEquals("flynn-immunity", OutputNames.safe("flynn-immunity"));
        assertEquals("etc-passwd", OutputNames.safe("../../etc/passwd"));
        assertEquals("a-b-c", OutputNames.safe("a b:c"));
        assertEquals("caf\u00e9-1", OutputNames.safe("caf\u00e9 1"));
        assertEquals("article", OutputNames.safe("..."));
        assertEquals(120, OutputNames.safe("x".repeat(500)).length());
    }

    @Test
    void repeatedIdsGetNumberedNames() {
        OutputNames names = new OutputNames();
        assertEquals("flynn-immunity.json", names.next("flynn-immunity"));
        assertEquals("flynn-immunity-2.json", names.next("flynn-immunity"));
        assertEquals(
                "Flynn-Immunity-3.json",
                names.next("Flynn-Immunity"),
                "names differing in case only collide on some disks");
        assertEquals("news-example-org-f2a2279e93ec.json", names.next("news-example-org-f2a2279e93ec"));
    }
}
