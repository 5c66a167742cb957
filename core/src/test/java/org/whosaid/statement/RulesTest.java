package org.whosaid.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {

    private record Named(String name) implements Rule {}

    @Test
    void everyRuleRunsByDefaultAndNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (Rules.Entry e : Rules.catalogue()) {
            assertTrue(names.add(e.name()), "listed twice: " + e.name());
            assertTrue(Rules.standard().on(e.name()));
        }
        assertTrue(names.containsAll(List.of("reported-ccomp", "subject", "pronoun", "continuation")));
    }

    @Test
    void aRuleSwitchedOffIsLeftOutAndTheOrderIsKept() {
        Rules rules = Rules.standard().without(List.of("pronoun"));
        assertFalse(rules.on("pronoun"));
        List<Named> stage = List.of(new Named("description"), new Named("pronoun"), new Named("name"));
        assertEquals(List.of(new Named("name"), new Named("description")), rules.select(stage));
    }

    @Test
    void onlyTheRulesGivenRunInTheirOrder() {
        Rules rules = Rules.only(List.of("description", "name"));
        List<Named> stage = List.of(new Named("name"), new Named("pronoun"), new Named("description"));
        assertEquals(List.of(new Named("description"), new Named("name")), rules.select(stage));
    }

    @Test
    void anUnknownRuleIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Rules.standard().without(List.of("nosuch")));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }
}
