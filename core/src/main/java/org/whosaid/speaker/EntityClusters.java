package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups name mentions into entities. People: full names with the same first and last name are one
 * person; a lone surname ("Flynn", "Mr Flynn") joins the one full name with that surname, and where
 * several people share it, the one its honorific agrees with and who was named last. Two full names
 * that differ are never merged. Organisations: the same name, or an acronym of a longer name.
 */
public final class EntityClusters {

    private static final Set<String> MINOR = Set.of("of", "the", "for", "and", "&", "on", "in", "de");

    /**
     * @param mentions the article's name mentions, in text order
     * @return the mentions grouped into entities
     */
    public Clusters cluster(List<NameMention> mentions) {
        List<List<Integer>> groups = new ArrayList<>();
        int[] owner = new int[mentions.size()];
        java.util.Arrays.fill(owner, -1);
        // Full names first, so that lone surnames find them wherever they stand.
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            if (m.isPerson() && nameWords(m).size() >= 2) {
                owner[i] = join(groups, i, findFull(groups, mentions, m));
            }
        }
        // Lone names whose honorific settles which person they are go first, so that they count
        // when the others are weighed ("Mr. Obama" for Barack, before "President Obama").
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < mentions.size(); i++) {
                NameMention m = mentions.get(i);
                if (owner[i] >= 0 || (pass == 0 && (!m.isPerson() || m.honorificGender() == Gender.UNKNOWN))) {
                    continue;
                }
                int group = m.isPerson() ? findShort(groups, mentions, i) : findOrganisation(groups, mentions, m);
                if (pass == 0 && group < 0) {
                    continue;
                }
                owner[i] = join(groups, i, group);
            }
        }
        // Number the entities by first mention.
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).sort(Comparator.naturalOrder());
            order.add(g);
        }
        order.sort(Comparator.comparingInt(g -> groups.get(g).get(0)));
        int[] renumber = new int[groups.size()];
        List<Cluster> clusters = new ArrayList<>();
        for (int g : order) {
            renumber[g] = clusters.size();
            clusters.add(toCluster(mentions, groups.get(g)));
        }
        List<Integer> owners = new ArrayList<>(mentions.size());
        for (int o : owner) {
            owners.add(renumber[o]);
        }
        return new Clusters(mentions, clusters, owners);
    }

    private static int join(List<List<Integer>> groups, int mention, int group) {
        if (group < 0) {
            groups.add(new ArrayList<>(List.of(mention)));
            return groups.size() - 1;
        }
        groups.get(group).add(mention);
        return group;
    }

    private static int findFull(List<List<Integer>> groups, List<NameMention> mentions, NameMention m) {
        List<String> w = nameWords(m);
        for (int g = 0; g < groups.size(); g++) {
            NameMention other = mentions.get(groups.get(g).get(0));
            List<String> o = nameWords(other);
            if (other.isPerson()
                    && o.size() >= 2
                    && last(o).equals(last(w))
                    && (firstAgree(o.get(0), w.get(0)) || isTail(o, w) || isTail(w, o))) {
                return g;
            }
        }
        return -1;
    }

    /** "De Blasio" is the tail of "Bill de Blasio". */
    private static boolean isTail(List<String> shorter, List<String> longer) {
        return shorter.size() < longer.size()
                && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    private static boolean firstAgree(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // "J. Smith" and "John Smith"
        return (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    }

    private static int findShort(List<List<Integer>> groups, List<NameMention> mentions, int index) {
        NameMention m = mentions.get(index);
        String word = last(nameWords(m));
        List<Integer> bySurname = new ArrayList<>();
        List<Integer> byFirst = new ArrayList<>();
        int sameWord = -1;
        for (int g = 0; g < groups.size(); g++) {
            NameMention rep = mentions.get(groups.get(g).get(0));
            if (!rep.isPerson()) {
                continue;
            }
            List<String> o = nameWords(rep);
            if (o.size() >= 2 && last(o).equals(word)) {
                bySurname.add(g);
            } else if (o.size() >= 2 && o.get(0).equals(word)) {
                byFirst.add(g);
            } else if (o.size() == 1 && o.get(0).equals(word)) {
                sameWord = g;
            }
        }
        if (bySurname.size() > 1) {
            Gender want = m.honorificGender();
            List<Integer> agreeing = bySurname.stream()
                    .filter(g -> want.agrees(genderOf(mentions, groups.get(g))))
                    .toList();
            if (!agreeing.isEmpty()) {
                bySurname = agreeing;
            }
            return latestBefore(groups, mentions, bySurname, m.first());
        }
        if (bySurname.size() == 1) {
            return bySurname.get(0);
        }
        // "Donald" alone is Donald Trump; "Mr Liu" is Liu Jianchao, whose family name comes first.
        if (byFirst.size() == 1
                && (m.honorifics().isEmpty()
                        || FirstNames.gender(word) == Gender.UNKNOWN && !FirstNames.isKnown(word))) {
            return byFirst.get(0);
        }
        return sameWord;
    }

    /**
     * Of several people sharing a surname, the one named last before the token; where none was named
     * before it, the one named most often.
     */
    private static int latestBefore(
            List<List<Integer>> groups, List<NameMention> mentions, List<Integer> candidates, int token) {
        int best = -1;
        int bestAt = -1;
        for (int g : candidates) {
            for (int i : groups.get(g)) {
                int at = mentions.get(i).first();
                if (at < token && at > bestAt) {
                    bestAt = at;
                    best = g;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        best = candidates.get(0);
        for (int g : candidates) {
            if (groups.get(g).size() > groups.get(best).size()) {
                best = g;
            }
        }
        return best;
    }

    private static int findOrganisation(List<List<Integer>> groups, List<NameMention> mentions, NameMention m) {
        String key = m.name().toLowerCase(Locale.ROOT);
        if (m.words().size() == 1 && !m.place()) {
            // "the Trump campaign" tagged as an organisation: a person's surname is that person.
            for (int g = 0; g < groups.size(); g++) {
                List<String> o = nameWords(mentions.get(groups.get(g).get(0)));
                if (mentions.get(groups.get(g).get(0)).isPerson() && o.size() >= 2 && last(o).equals(key)) {
                    return g;
                }
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            NameMention rep = mentions.get(groups.get(g).get(0));
            if (rep.isPerson()) {
                continue;
            }
            for (int i : groups.get(g)) {
                NameMention o = mentions.get(i);
                String k = o.name().toLowerCase(Locale.ROOT);
                if (k.equals(key) || isAcronymOf(m, o) || isAcronymOf(o, m)) {
                    return g;
                }
            }
        }
        return -1;
    }

    private static boolean isAcronymOf(NameMention shortName, NameMention longName) {
        if (shortName.words().size() != 1 || longName.words().size() < 2) {
            return false;
        }
        String a = shortName.words().get(0).replace(".", "");
        if (a.length() < 2 || !a.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : longName.words()) {
            if (!MINOR.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(a);
    }

    private static Cluster toCluster(List<NameMention> mentions, List<Integer> group) {
        NameMention fullest = mentions.get(group.get(0));
        for (int i : group) {
            NameMention m = mentions.get(i);
            if (m.words().size() > fullest.words().size()) {
                fullest = m;
            }
        }
        return new Cluster(
                fullest.name(), fullest.type(), fullest.isPerson() ? genderOf(mentions, group) : Gender.UNKNOWN, group);
    }

    /**
     * @param mentions all name mentions
     * @param group the mentions of one person
     * @return the gender their honorifics tell, else the first name's usual one, else that of a
     *     name given alone that is a first name
     */
    static Gender genderOf(List<NameMention> mentions, List<Integer> group) {
        for (int i : group) {
            Gender g = mentions.get(i).honorificGender();
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        for (int i : group) {
            List<String> w = mentions.get(i).words();
            if (w.size() >= 2) {
                return FirstNames.gender(w.get(0));
            }
        }
        // Someone the article calls by the first name alone ("Melanie", "Kevin").
        for (int i : group) {
            List<String> w = mentions.get(i).words();
            Gender g = w.size() == 1 ? FirstNames.gender(w.get(0)) : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The name's words in lower case, without a trailing "Jr." or similar and without full stops. */
    private static List<String> nameWords(NameMention m) {
        List<String> out = new ArrayList<>();
        for (String w : m.words()) {
            String k = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        while (out.size() > 1 && NameMentions.isSuffix(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
