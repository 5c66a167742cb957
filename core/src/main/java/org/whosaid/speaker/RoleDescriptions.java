package org.whosaid.speaker;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Resolves a description of a person to the named person it stands for, through the roles the
 * article gives.
 *
 * <ul>
 *   <li>"Mr Flynn's attorney", "a spokesman for Devin Nunes": the person whose title has that role and
 *       is held for the same entity ("Mr Flynn's attorney Robert Kelner"), or else the person named
 *       with that role nearby ("spokesman Jack Langer" a sentence later).
 *   <li>"The president", "the Prime Minister": the person whose title has that role and who was
 *       named last; where no one with that role was named before, the first named after it ("The Prime
 *       Minister has thanked ..." before "Prime Minister Chris Hipkins").
 *   <li>"the New York businessman", "the Vermont senator" (a role with a modifier), where no one in the
 *       article holds that role
 *       by title: the person who is the subject of a sentence just before (in the paragraph or the one
 *       before it), outside quotation marks.
 * </ul>
 *
 * An indefinite description without such a tie ("a congressional aide") names no one, and a noun for
 * a source articles leave unnamed ("the official", "the spokesman") names someone only through a title.
 */
final class RoleDescriptions {

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-years?-old");

    /** How many sentences away a role's holder still counts as nearby. */
    private static final int NEARBY = 3;

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles of named people
     * @param d the description
     * @return the index of the cluster it stands for, or -1
     */
    int resolve(Parsed doc, Clusters clusters, List<Title> titles, Description d) {
        Token noun = doc.tokens().get(d.head());
        boolean age = AGE.matcher(d.noun()).matches();
        if (d.plural()
                || !(age || noun.pos().equals("NN") || (noun.pos().startsWith("NNP") && "O".equals(noun.ner())))) {
            return -1;
        }
        String role = Roles.canonical(d.noun());
        int tie = d.tie();
        int sentence = noun.sentence();
        int strong = -1;
        int near = -1;
        int nearDistance = Integer.MAX_VALUE;
        int last = -1;
        int next = -1;
        boolean held = false;
        boolean unnamedNoun = UnnamedSources.isUnnamedNoun(role);
        for (Title t : titles) {
            if (!role.equals(Roles.canonical(t.role()))
                    || (unnamedNoun && !coveredBy(doc, t, d))
                    || !sameOffice(doc, t, d)) {
                continue;
            }
            held = true;
            int who = clusters.owner().get(t.mention());
            if (who == tie) {
                continue;
            }
            int titleTie = t.tie() < 0 ? -1 : clusters.owner().get(t.tie());
            if (tie >= 0 && titleTie == tie) {
                strong = who;
            }
            int distance = Math.abs(doc.tokens().get(t.first()).sentence() - sentence);
            // "Germany's president" is not the untied "President Putin" nearby; "a spokesman for Devin
            // Nunes" may be "spokesman Jack Langer".
            boolean office = tie >= 0 && Honorifics.isListed(role);
            if ((titleTie < 0 || tie < 0) && !office && distance <= NEARBY && distance < nearDistance) {
                near = who;
                nearDistance = distance;
            }
            if (t.first() < d.head()) {
                last = who;
            } else if (next < 0) {
                next = who;
            }
        }
        if (strong >= 0) {
            return strong;
        }
        // A headline drops the article: "Retired General Reveals ..." is the general the story names.
        boolean headline = !d.definite()
                && !d.indefinite()
                && Headlines.titleCase(doc.sentences().get(sentence));
        if (tie >= 0 || d.definite() || headline) {
            if (near >= 0) {
                return near;
            }
            if (tie >= 0) {
                return -1;
            }
            if (last >= 0 || next >= 0) {
                return last >= 0 ? last : next;
            }
        }
        // "the Chief Minister" is an office of its own, held by whoever the article says holds it
        boolean described =
                d.definite() && !d.indefinite() && (age || describes(doc, d)) && !isNamedOffice(doc, d, role);
        if (!held && described && !UnnamedSources.isUnnamedNoun(role) && isPerson(d.noun())) {
            return subjectBefore(doc, clusters, sentence);
        }
        return -1;
    }

    /** A noun for people, or an age standing for one ("the 35-year-old"). */
    private static boolean isPerson(String noun) {
        return Animacy.of(noun) == Animacy.Kind.ANIMATE || AGE.matcher(noun).matches();
    }

    /** An office with capitalised words of its own before it ("the Chief Minister"). */
    private static boolean isNamedOffice(Parsed doc, Description d, String role) {
        if (!Honorifics.isListed(role)) {
            return false;
        }
        for (Token c : doc.children(d.head())) {
            if (c.index() < d.head()
                    && c.relation().startsWith("compound")
                    && c.isNoun()
                    && "O".equals(c.ner())
                    && Character.isUpperCase(c.word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words that make the description's role an office of its own are in the title: "the
     * Chief Minister" is not the "Tourism Minister", "the Prime Minister" is "Prime Minister Chris
     * Hipkins"; places, qualities and lower-case ranks ("the Vermont senator", "the former president",
     * "the retired lieutenant general") set no office apart.
     */
    private static boolean sameOffice(Parsed doc, Title t, Description d) {
        java.util.Set<String> title = new java.util.HashSet<>();
        for (int k = t.first(); k < t.last(); k++) {
            title.add(Honorifics.role(doc.tokens().get(k).word()));
        }
        for (Token c : doc.children(d.head())) {
            boolean office = c.index() < d.head()
                    && "O".equals(c.ner())
                    && Character.isUpperCase(c.word().charAt(0))
                    && (c.pos().startsWith("NN") || Honorifics.isListed(c.word()))
                    && (c.relation().startsWith("compound") || c.relation().equals("amod"));
            if (office && !title.contains(Honorifics.role(c.word()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a title says no more than the description does: "his spokesman" is not the "foreign
     * affairs spokesman" (a portfolio), but "a spokesman for Devin Nunes" may be "spokesman Jack Langer".
     */
    private static boolean coveredBy(Parsed doc, Title t, Description d) {
        java.util.Set<String> words = new java.util.HashSet<>();
        int[] span = doc.subtree(d.head());
        for (int k = span[0]; k < span[1]; k++) {
            words.add(doc.tokens().get(k).lemma().toLowerCase(java.util.Locale.ROOT));
        }
        for (int k = t.first(); k < t.last(); k++) {
            Token w = doc.tokens().get(k);
            if ((w.isNoun() || w.pos().startsWith("JJ"))
                    && !words.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))
                    && !Roles.canonical(Honorifics.role(w.lemma())).equals(Roles.canonical(d.noun()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the New York businessman", "the former Florida governor": "the" and a modifier that describes.
     * A bare role ("the moderator", "the nurse") is as often someone else in the scene, and "the other
     * man" or "the last candidate" set the one meant apart from the one before.
     */
    private static boolean describes(Parsed doc, Description d) {
        boolean the = false;
        boolean modified = false;
        for (Token c : doc.children(d.head())) {
            String w = c.word().toLowerCase(java.util.Locale.ROOT);
            if (c.relation().equals("det")) {
                the |= w.equals("the");
            } else if (c.index() < d.head()
                    && (c.relation().equals("amod") || c.relation().startsWith("compound"))) {
                if (Description.isRelational(w)) {
                    return false;
                }
                modified = true;
            } else if (c.index() > d.head() && c.relation().startsWith("acl")) {
                // "The lawyer who ran three marathons"
                modified = true;
            }
        }
        return the && modified;
    }

    /**
     * The person who is the first subject, outside quotation marks, of one of the sentences before in
     * the paragraph or the one before it, the nearest sentence first.
     */
    private static int subjectBefore(Parsed doc, Clusters clusters, int sentence) {
        int paragraph = doc.sentences().get(sentence).paragraph();
        boolean[] quoted = Quotations.inside(doc);
        for (int s = sentence - 1; s >= 0; s--) {
            Sentence here = doc.sentences().get(s);
            if (paragraph - here.paragraph() > 1) {
                break;
            }
            for (Token t : here.tokens()) {
                int m = clusters.mentionAt(t.index());
                if (m >= 0
                        && !quoted[t.index()]
                        && clusters.mentions().get(m).head() == t.index()
                        && Pronouns.isSubject(doc, t.index())) {
                    int who = clusters.owner().get(m);
                    if (clusters.clusters().get(who).isPerson()) {
                        return who;
                    }
                }
            }
        }
        return -1;
    }
}
