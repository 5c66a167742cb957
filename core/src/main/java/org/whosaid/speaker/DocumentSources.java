package org.whosaid.speaker;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Resolves a document that says something ("the report found", "a USA TODAY analysis", "data from the
 * American Community Survey"; the nouns are {@code documents.txt}) to the entity that wrote or published
 * it, where the article names it:
 *
 * <ul>
 *   <li>the name it is tied to: in compound ("the IMF report"), as possessor ("Pew's survey") or after
 *       "by", "from" or "of" ("an analysis by Lily Batchelder", "data from the American Community
 *       Survey");
 *   <li>through a document it comes from ("a slide from a presentation that Mr. Guajardo carries"): the
 *       name tied to that one, or the subject of the clause that describes it, or its own name ("data
 *       from the American Community Survey");
 *   <li>a document without a tie ("the report", "another slide"): the one the article last tied to a
 *       name with the same noun.
 * </ul>
 */
final class DocumentSources {

    private static final Set<String> NOUNS = new HashSet<>(WordLists.words("documents.txt"));

    /**
     * @param noun a noun in plain lower case
     * @return whether it names a kind of document
     */
    static boolean isDocumentNoun(String noun) {
        return NOUNS.contains(noun);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param d a description whose noun names a kind of document
     * @return the index of the entity it speaks for, or -1
     */
    int resolve(Parsed doc, Clusters clusters, Description d) {
        int noun = tied(doc, clusters, d);
        return noun < 0 ? -1 : author(doc, clusters, noun);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param noun document index of a document noun, as {@link #tied} gives it
     * @return the index of the entity it speaks for, or -1
     */
    int author(Parsed doc, Clusters clusters, int noun) {
        return author(doc, clusters, noun, 0);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param d a description whose noun names a kind of document
     * @return the document noun tied to the entity it speaks for: its own, or for "the report said" the
     *     last document of that kind the article tied to a name; -1 where there is none
     */
    int tied(Parsed doc, Clusters clusters, Description d) {
        if (author(doc, clusters, d.head(), 0) >= 0) {
            return d.head();
        }
        if (d.plural()) {
            return -1;
        }
        for (int k = d.head() - 1; k >= 0; k--) {
            Token t = doc.tokens().get(k);
            if (t.isNoun() && t.lemma().toLowerCase(Locale.ROOT).equals(d.noun()) && author(doc, clusters, k, 0) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The name a document noun is tied to, directly or through a document it comes from. */
    private int author(Parsed doc, Clusters clusters, int head, int depth) {
        if (depth > 0 && clusters.clusterAt(head) >= 0) {
            // "data from the American Community Survey": a named document speaks for itself.
            return clusters.clusterAt(head);
        }
        Description d = Description.of(doc, clusters, head);
        if (d.tie() >= 0) {
            return d.tie();
        }
        if (depth > 0) {
            // "a presentation that Mr. Guajardo Villarreal and his aides carry": the clause's subject,
            // however the parser hung the clause.
            for (Token c : doc.children(head)) {
                if (c.isVerb() && c.index() > head) {
                    for (Token s : doc.children(c.index())) {
                        if (s.relation().startsWith("nsubj") && clusters.clusterAt(s.index()) >= 0) {
                            return clusters.clusterAt(s.index());
                        }
                    }
                }
            }
        }
        for (Token c : doc.children(head)) {
            if (c.relation().equals("nmod") && Description.hasCase(doc, c, "from", "by")) {
                // "a new ad from Donald Trump's presidential campaign": whose campaign it is
                for (Token owner : doc.children(c.index())) {
                    if (owner.relation().equals("nmod:poss") && clusters.clusterAt(owner.index()) >= 0) {
                        return clusters.clusterAt(owner.index());
                    }
                }
            }
        }
        if (depth < 2) {
            for (Token c : doc.children(head)) {
                if (c.relation().equals("nmod")
                        && Description.hasCase(doc, c, "from", "of", "in", "by")
                        && isDocumentNoun(c.lemma().toLowerCase(Locale.ROOT))) {
                    int who = author(doc, clusters, c.index(), depth + 1);
                    if (who >= 0) {
                        return who;
                    }
                }
            }
        }
        return -1;
    }
}
