package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Titles from definite descriptions the article uses for a named person: "the retired lieutenant
 * general" where the article also calls that person "General Flynn", "the Vermont senator said" just
 * after "Sanders". A description counts only where it is a clause's subject, its head is a noun for
 * what a person is, it resolves to a person named in its sentence or the one before, and it says more
 * than the bare role.
 */
public final class DescriptionTitles {

    private final Descriptions descriptions = new Descriptions();

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles found at names
     * @return further titles, one per description resolved to a person, in text order
     */
    public List<Title> find(Parsed doc, Clusters clusters, List<Title> titles) {
        List<Title> out = new ArrayList<>();
        boolean[] headline = Headlines.titleCase(doc);
        for (Token t : doc.tokens()) {
            if (!(t.pos().equals("NN") || t.pos().equals("NNP") && "O".equals(t.ner()))
                    || !t.relation().startsWith("nsubj")
                    || !RoleNouns.isRole(t.lemma())
                    || clusters.mentionAt(t.index()) >= 0
                    || hasNameNearby(doc, clusters, t)
                    || headline[t.sentence()]) {
                continue;
            }
            if (hasOfComplement(doc, t)) {
                continue; // "the vast majority of them"
            }
            int from = modifiersStart(doc, t);
            if (from < 0 || from == t.index()) {
                continue;
            }
            int who = descriptions.role(doc, clusters, titles, t.index());
            if (who < 0 || !clusters.clusters().get(who).isPerson() || !mentionedJustBefore(doc, clusters, who, t)) {
                continue;
            }
            int mention = clusters.clusters().get(who).mentions().get(0);
            String text = doc.text(doc.tokens().get(from).start(), t.end());
            out.add(new Title(mention, from, t.index() + 1, text, Titles.roleOf(doc, from, t.index() + 1), -1));
        }
        return out;
    }

    private static boolean hasOfComplement(Parsed doc, Token noun) {
        for (Token c : doc.children(noun.index())) {
            if (c.relation().equals("nmod") && Description.hasCase(doc, c, "of")) {
                return true;
            }
        }
        return false;
    }

    /** A title from a description needs its person named in the same sentence before it or in the one before. */
    private static boolean mentionedJustBefore(Parsed doc, Clusters clusters, int who, Token noun) {
        for (int i : clusters.clusters().get(who).mentions()) {
            NameMention m = clusters.mentions().get(i);
            int s = doc.tokens().get(m.first()).sentence();
            if (m.first() < noun.index() && noun.sentence() - s <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The first modifier after "the" when the phrase is "the" + modifiers + noun, else -1. */
    private static int modifiersStart(Parsed doc, Token noun) {
        int k = noun.index() - 1;
        int start = doc.sentenceOf(noun.index()).first();
        while (k >= start) {
            Token m = doc.tokens().get(k);
            if (m.head() != noun.index()
                    || !(m.relation().equals("amod") || m.relation().equals("compound"))
                    || m.isPerson()
                    || m.timex() != null) {
                break;
            }
            k--;
        }
        if (k < start) {
            return -1;
        }
        Token det = doc.tokens().get(k);
        boolean the = det.relation().equals("det")
                && det.head() == noun.index()
                && det.word().toLowerCase(Locale.ROOT).equals("the");
        return the ? k + 1 : -1;
    }

    /** A description in apposition to a name or built around one is already a title, or no description. */
    private static boolean hasNameNearby(Parsed doc, Clusters clusters, Token noun) {
        for (Token c : doc.children(noun.index())) {
            if (clusters.mentionAt(c.index()) >= 0) {
                return true;
            }
        }
        return noun.relation().equals("appos") || clusters.mentionAt(noun.head()) >= 0;
    }
}
