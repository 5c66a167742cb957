package org.whosaid.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;

/**
 * Resolves personal pronouns to the most recent agreeing name: he/him/his to a person who is not
 * known to be a woman, she/her to one not known to be a man, it/they to an organisation that is a
 * subject; "they" after a plural (a group of names, or "analysts") to no single entity ({@link
 * Groups} resolves the group). Subjects win over other mentions: in the pronoun's own sentence the nearest subject before
 * it, in earlier sentences (up to three back) the first subject.
 */
public final class Pronouns {

    private static final int WINDOW = 3;

    private enum Want {
        MALE,
        FEMALE,
        GROUP,
        PLURAL
    }

    private static final Map<String, Want> PRONOUNS = Map.ofEntries(
            Map.entry("he", Want.MALE),
            Map.entry("him", Want.MALE),
            Map.entry("his", Want.MALE),
            Map.entry("himself", Want.MALE),
            Map.entry("she", Want.FEMALE),
            Map.entry("her", Want.FEMALE),
            Map.entry("hers", Want.FEMALE),
            Map.entry("herself", Want.FEMALE),
            Map.entry("it", Want.GROUP),
            Map.entry("its", Want.GROUP),
            Map.entry("they", Want.PLURAL),
            Map.entry("them", Want.PLURAL),
            Map.entry("their", Want.PLURAL));

    private final Groups groups = new Groups();

    /**
     * @param word a token
     * @return whether it is a third-person pronoun this stage resolves
     */
    public static boolean isPronoun(String word) {
        return PRONOUNS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @param doc the parsed article
     * @param token a document token index
     * @param cluster an entity
     * @return whether the token is a pronoun that could refer to the entity
     */
    public boolean agrees(Parsed doc, int token, Cluster cluster) {
        Token t = doc.tokens().get(token);
        Want want = t.pos().startsWith("PRP") ? PRONOUNS.get(t.word().toLowerCase(Locale.ROOT)) : null;
        return want != null && agrees(want, cluster);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param pronoun document index of a pronoun token
     * @param ignore spans whose names cannot be the antecedent (e.g. the quote the pronoun introduces)
     * @param earlier pronouns before this one already resolved (token index to cluster index), which
     *                stand for their referent as candidates ("He defended ... what he would do")
     * @return the index of the cluster it refers to, or -1
     */
    public int resolve(Parsed doc, Clusters clusters, int pronoun, List<Span> ignore, Map<Integer, Integer> earlier) {
        Want want = PRONOUNS.get(doc.tokens().get(pronoun).word().toLowerCase(Locale.ROOT));
        if (want == null) {
            return -1;
        }
        if (want == Want.PLURAL && groups.antecedent(doc, clusters, pronoun).isPresent()) {
            // "they" after a plural: a group of names, or people left unnamed; no one organisation.
            return -1;
        }
        int sentence = doc.tokens().get(pronoun).sentence();
        for (int s = sentence; s >= 0 && s >= sentence - WINDOW; s--) {
            int best = -1;
            int bestSubject = -1;
            Sentence here = doc.sentences().get(s);
            for (int k = here.first(); k < here.last() && !(s == sentence && k >= pronoun); k++) {
                int who = candidate(doc, clusters, k, earlier);
                if (who < 0
                        || ignored(doc.tokens().get(k), ignore)
                        || !agrees(want, clusters.clusters().get(who))) {
                    continue;
                }
                boolean subject = isSubject(doc, k);
                if (s == sentence) {
                    best = who;
                    bestSubject = subject ? who : bestSubject;
                } else {
                    best = best < 0 ? who : best;
                    bestSubject = subject && bestSubject < 0 ? who : bestSubject;
                }
            }
            int pick = bestSubject >= 0 ? bestSubject : want == Want.GROUP || want == Want.PLURAL ? -1 : best;
            if (pick >= 0) {
                return pick;
            }
        }
        return -1;
    }

    /** The cluster a token stands for as the head of a name or as a resolved pronoun, else -1. */
    private static int candidate(Parsed doc, Clusters clusters, int token, Map<Integer, Integer> earlier) {
        Integer resolved = earlier.get(token);
        if (resolved != null) {
            return resolved;
        }
        int m = clusters.mentionAt(token);
        return m >= 0 && clusters.mentions().get(m).head() == token
                ? clusters.owner().get(m)
                : -1;
    }

    private static boolean agrees(Want want, Cluster c) {
        return switch (want) {
            case MALE -> c.isPerson() && c.gender() != Gender.FEMALE;
            case FEMALE -> c.isPerson() && c.gender() != Gender.MALE;
            case GROUP, PLURAL -> !c.isPerson();
        };
    }

    private static boolean ignored(Token t, List<Span> ignore) {
        for (Span s : ignore) {
            if (s.start() <= t.start() && t.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param doc the parsed article
     * @param token the head token of a noun phrase or name
     * @return whether the phrase is a clause's subject (directly, or as an apposition or compound of one)
     */
    static boolean isSubject(Parsed doc, int token) {
        Token t = doc.tokens().get(token);
        for (int steps = 0;
                steps < 4
                        && t.head() >= 0
                        && (t.relation().equals("appos")
                                || t.relation().startsWith("compound")
                                || t.relation().equals("flat"));
                steps++) {
            t = doc.tokens().get(t.head());
        }
        return t.relation().startsWith("nsubj");
    }
}
