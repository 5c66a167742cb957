package org.whosaid.speaker;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Resolves a definite description of an organisation ("the bank", "the network", "the fund", "the
 * ministry"; the nouns are {@code organisations.txt}) to the organisation it stands for:
 *
 * <ul>
 *   <li>the organisation it is tied to ("the Wells Fargo bank", "the bank's");
 *   <li>else the organisation the article describes with that noun, the one mentioned last before
 *       it: in apposition ("RT, the state-financed network"), by a copula ("NatWest is a British
 *       bank"), in compound ("the RT America television network") or in its name ("International
 *       Monetary Fund" for "the fund");
 *   <li>else, for nouns such as "company" or "bank", the organisation mentioned last in its sentence or
 *       the two before, within the paragraph or the one before ("In the Wells Fargo scandal, ... The
 *       bank said"); "the government" or "the ministry" is too often an institution left unnamed.
 * </ul>
 *
 * An indefinite or plural description ("a bank", "banks") names no one.
 */
final class OrganisationDescriptions {

    private static final Set<String> NOUNS = new HashSet<>();
    /** Nouns that also name the organisation mentioned just before ("the company said"). */
    private static final Set<String> RECENT = new HashSet<>();

    static {
        for (String[] f : WordLists.rows("organisations.txt")) {
            NOUNS.add(f[0]);
            if (f.length > 1 && f[1].equals("recent")) {
                RECENT.add(f[0]);
            }
        }
    }
    /** How many sentences back an organisation the article does not describe with the noun may be. */
    private static final int BACK = 2;
    /** Longest description set off after a name, in tokens ("RT, the state-financed network"). */
    private static final int APPOSED = 8;

    /**
     * @param noun a noun in plain lower case
     * @return whether it describes organisations
     */
    static boolean isOrganisationNoun(String noun) {
        return NOUNS.contains(noun);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param d a description whose noun describes organisations
     * @return the index of the organisation it stands for, or -1
     */
    int resolve(Parsed doc, Clusters clusters, Description d) {
        if (d.plural() || d.indefinite() || !(d.definite() || d.tie() >= 0)) {
            return -1;
        }
        if (d.tie() >= 0) {
            return clusters.clusters().get(d.tie()).isPerson() ? -1 : d.tie();
        }
        Set<Integer> described = describedAs(doc, clusters, d.noun());
        int best = -1;
        int bestAt = -1;
        for (int i = 0; i < clusters.mentions().size(); i++) {
            NameMention m = clusters.mentions().get(i);
            int who = clusters.owner().get(i);
            if (m.first() < d.head() && m.first() > bestAt && described.contains(who)) {
                best = who;
                bestAt = m.first();
            }
        }
        return best >= 0 || !RECENT.contains(d.noun()) ? best : recent(doc, clusters, d.head());
    }

    /** The organisations the article describes with the noun. */
    private static Set<Integer> describedAs(Parsed doc, Clusters clusters, String noun) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < clusters.mentions().size(); i++) {
            NameMention m = clusters.mentions().get(i);
            if (m.isPerson() || m.words().size() < 2) {
                // "Bank" alone is the noun, not a name that holds it.
                continue;
            }
            for (String w : m.words()) {
                if (w.toLowerCase(Locale.ROOT).equals(noun)) {
                    out.add(clusters.owner().get(i));
                }
            }
        }
        for (Token t : doc.tokens()) {
            if (!t.isNoun() || !t.lemma().toLowerCase(Locale.ROOT).equals(noun) || clusters.mentionAt(t.index()) >= 0) {
                continue;
            }
            int who = describedBy(doc, clusters, t);
            if (who >= 0 && !clusters.clusters().get(who).isPerson()) {
                out.add(who);
            }
        }
        return out;
    }

    /** The entity a noun describes: by apposition, copula, compound, or set off right after the name. */
    private static int describedBy(Parsed doc, Clusters clusters, Token noun) {
        if (noun.relation().equals("appos") && noun.head() >= 0 && clusters.clusterAt(noun.head()) >= 0) {
            return clusters.clusterAt(noun.head());
        }
        boolean copula = false;
        int subject = -1;
        for (Token c : doc.children(noun.index())) {
            int at = clusters.clusterAt(c.index());
            if ((c.relation().equals("appos") || c.relation().startsWith("compound")) && at >= 0) {
                return at;
            }
            copula |= c.relation().equals("cop");
            subject = c.relation().startsWith("nsubj") && at >= 0 ? at : subject;
        }
        if (copula && subject >= 0) {
            return subject;
        }
        // "RT, the state-financed network": a name, a comma, then the description.
        Sentence s = doc.sentenceOf(noun.index());
        for (int k = noun.index() - 1; k > s.first() && noun.index() - k <= APPOSED; k--) {
            Token t = doc.tokens().get(k);
            if (t.word().equals(",")) {
                return clusters.clusterAt(k - 1);
            }
            if (!(t.pos().equals("DT")
                    || t.pos().startsWith("JJ")
                    || t.pos().startsWith("NN")
                    || t.pos().equals("VBN")
                    || t.pos().equals("HYPH")
                    || t.pos().equals("RB"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The organisation mentioned last before the token, nearby. */
    private static int recent(Parsed doc, Clusters clusters, int token) {
        Token t = doc.tokens().get(token);
        Sentence here = doc.sentences().get(t.sentence());
        int best = -1;
        for (int i = 0; i < clusters.mentions().size(); i++) {
            NameMention m = clusters.mentions().get(i);
            if (m.first() >= token) {
                break;
            }
            Sentence s = doc.sentenceOf(m.first());
            if (!m.isPerson()
                    && t.sentence() - s.index() <= BACK
                    && here.paragraph() - s.paragraph() <= 1
                    && !clusters.clusters().get(clusters.owner().get(i)).isPerson()) {
                best = clusters.owner().get(i);
            }
        }
        return best;
    }
}
