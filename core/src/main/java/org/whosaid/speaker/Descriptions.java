package org.whosaid.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Resolves a description to the named person it stands for, through the titles the article gives.
 * "Mr Flynn's attorney" or "a spokesman for Devin Nunes" names the person whose title has that role
 * and is tied to the same entity ("Mr Flynn's attorney Robert Kelner"), or else the person named with
 * that role nearby ("spokesman Jack Langer" a sentence later). "The president" names the person
 * whose title has that role and who was mentioned last. An indefinite description without such a tie
 * ("a congressional aide") names no one.
 */
public final class Descriptions {

    private static final int NEARBY = 3;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Map<String, String> SAME_ROLE = Map.ofEntries(
            Map.entry("lawyer", "attorney"), Map.entry("counsel", "attorney"),
            Map.entry("spokeswoman", "spokesman"), Map.entry("spokesperson", "spokesman"),
            Map.entry("chairwoman", "chairman"), Map.entry("chair", "chairman"),
            Map.entry("congresswoman", "congressman"), Map.entry("representative", "congressman"));

    /**
     * @param role a role noun in plain lower case
     * @return the word that stands for it and its synonyms ("lawyer" and "counsel" stand for "attorney")
     */
    static String canonical(String role) {
        return role == null ? null : SAME_ROLE.getOrDefault(role, role);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles of named people
     * @param head document index of the description's head noun
     * @return the index of the cluster it stands for, or -1
     */
    public int resolve(Parsed doc, Clusters clusters, List<Title> titles, int head) {
        Token noun = doc.tokens().get(head);
        if (!noun.pos().equals("NN") && !(noun.pos().startsWith("NNP") && "O".equals(noun.ner()))) {
            return -1;
        }
        String role = canonical(Honorifics.role(noun.pos().startsWith("NNP") ? noun.word() : noun.lemma()));
        int tie = -1;
        boolean definite = false;
        for (Token c : doc.children(head)) {
            String r = c.relation();
            if (r.equals("det")) {
                definite = DEFINITE.contains(c.word().toLowerCase(java.util.Locale.ROOT));
            } else if (r.equals("nmod:poss")
                    || r.startsWith("compound")
                    || (r.equals("nmod") && hasCase(doc, c, "for", "of", "to"))) {
                int at = clusters.clusterAt(c.index());
                tie = at >= 0 ? at : tie;
            }
            if (r.equals("nmod:poss")) {
                definite = true;
            }
        }
        int sentence = noun.sentence();
        int strong = -1;
        int near = -1;
        int nearDistance = Integer.MAX_VALUE;
        int last = -1;
        for (Title t : titles) {
            if (!role.equals(canonical(t.role()))) {
                continue;
            }
            int who = clusters.owner().get(t.mention());
            if (who == tie) {
                continue;
            }
            int titleTie = t.tie() < 0 ? -1 : clusters.owner().get(t.tie());
            if (tie >= 0 && titleTie == tie) {
                strong = who;
            }
            int distance = Math.abs(doc.tokens().get(t.first()).sentence() - sentence);
            if ((titleTie < 0 || tie < 0) && distance <= NEARBY && distance < nearDistance) {
                near = who;
                nearDistance = distance;
            }
            if (t.first() < head) {
                last = who;
            }
        }
        if (strong >= 0) {
            return strong;
        }
        if (tie >= 0 || definite) {
            return near >= 0 ? near : definite && tie < 0 ? last : -1;
        }
        return -1;
    }

    private static boolean hasCase(Parsed doc, Token t, String... words) {
        for (Token c : doc.children(t.index())) {
            if (c.relation().equals("case")) {
                for (String w : words) {
                    if (c.word().equalsIgnoreCase(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
