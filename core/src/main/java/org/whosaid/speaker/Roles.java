package org.whosaid.speaker;

import java.util.HashMap;
import java.util.Map;

/** Role nouns that name the same role ("lawyer" and "counsel" are "attorney"), from {@code role-synonyms.tsv}. */
final class Roles {

    private static final Map<String, String> SAME_ROLE = new HashMap<>();

    static {
        for (String[] f : WordLists.rows("role-synonyms.tsv")) {
            SAME_ROLE.put(f[0], f[1]);
        }
    }

    private Roles() {}

    /**
     * @param role a role noun in plain lower case, or null
     * @return the word that stands for it and its synonyms, or null
     */
    static String canonical(String role) {
        return role == null ? null : SAME_ROLE.getOrDefault(role, role);
    }
}
