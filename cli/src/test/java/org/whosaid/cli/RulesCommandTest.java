package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.statement.Rules;

class RulesCommandTest {

    @Test
    void everyRuleIsListedInOrderWithItsStageInOneColumn() {
        CliRun r = CliRun.run("rules");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        List<Rules.Entry> catalogue = Rules.catalogue();
        assertEquals(catalogue.size(), lines.size());
        int column = -1;
        for (int i = 0; i < lines.size(); i++) {
            Rules.Entry e = catalogue.get(i);
            String line = lines.get(i);
            assertTrue(line.startsWith(e.name() + " "), line);
            int at = line.indexOf(" " + e.stage() + " ", e.name().length()) + 1;
            assertTrue(at > 0, line);
            if (column < 0) {
                column = at;
            }
            assertEquals(column, at, "the stage column of: " + line);
        }
    }
}
