package org.whosaid.speaker;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a noun can head a person's title: an office ("senator", "minister"), a job or standing
 * ("economist", "host", "winner"), not a thing the person did or owns ("remarks", "returns",
 * "critique") and not a relation to someone else ("wife", "rival"). Offices come from {@link
 * Honorifics}, people's nouns from {@link Animacy}, and the rest from {@code roles.tsv}.
 */
final class RoleNouns {

    private static final Set<String> ROLES = new HashSet<>();
    private static final Set<String> RELATIONS = new HashSet<>();

    static {
        for (String[] f : WordLists.rows("roles.tsv")) {
            (f[1].equals("relation") ? RELATIONS : ROLES).add(f[0].toLowerCase(Locale.ROOT));
        }
    }

    private RoleNouns() {}

    /**
     * @param noun a noun's lemma, any case
     * @return whether it can head a person's title
     */
    static boolean isRole(String noun) {
        String k = noun.toLowerCase(Locale.ROOT);
        if (RELATIONS.contains(k)) {
            return false;
        }
        return ROLES.contains(k) || Honorifics.isListed(k) || Animacy.of(k) == Animacy.Kind.ANIMATE;
    }

    /**
     * @param noun a noun's lemma, any case
     * @return whether it names a person by a relation to another ("wife", "rival")
     */
    static boolean isRelation(String noun) {
        return RELATIONS.contains(noun.toLowerCase(Locale.ROOT));
    }
}
