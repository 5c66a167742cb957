package org.whosaid.speaker;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Resolves a phrase that describes rather than names to the entity it stands for, by the kind of its
 * head: a relative pronoun stands for the phrase before it ({@link RelativePronouns}); a noun in
 * apposition to a name, or the predicate of a relative clause, for what that describes; a document for
 * its author ({@link DocumentSources}); an organisation noun for the organisation the article
 * describes with it ({@link OrganisationDescriptions}); a person's role for the named holder of that
 * role ({@link RoleDescriptions}).
 */
public final class Descriptions {

    /** How many relative pronouns and appositions are followed from one phrase. */
    private static final int DEPTH = 3;

    private final RoleDescriptions roles = new RoleDescriptions();
    private final OrganisationDescriptions organisations = new OrganisationDescriptions();
    private final DocumentSources documents = new DocumentSources();

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles of named people
     * @param head document index of the description's head
     * @return the index of the cluster it stands for, whatever kind of description it is, or -1
     */
    public int resolve(Parsed doc, Clusters clusters, List<Title> titles, int head) {
        return resolve(doc, clusters, titles, head, 0);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles of named people
     * @param head document index of a phrase's head
     * @return what a relative pronoun, or the predicate of a relative clause, stands for; -1 where the
     *     head is neither or names no one
     */
    public int relative(Parsed doc, Clusters clusters, List<Title> titles, int head) {
        return relative(doc, clusters, titles, head, 0);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a phrase's head
     * @return the name a noun is in apposition with, or -1
     */
    public int apposed(Parsed doc, Clusters clusters, int head) {
        return apposedName(doc, clusters, doc.tokens().get(head));
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a phrase's head
     * @return the author of a document, or -1 where the head names no document or no author
     */
    public int document(Parsed doc, Clusters clusters, int head) {
        Description d = description(doc, clusters, head);
        return d != null && DocumentSources.isDocumentNoun(d.noun()) ? documents.resolve(doc, clusters, d) : -1;
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a phrase's head
     * @return the entities a document speaks for: its author, or the partners a slash joins ("the
     *     Reuters/Ipsos poll"), in order of first mention; empty where there is none
     */
    public List<Integer> documentAuthors(Parsed doc, Clusters clusters, int head) {
        Description d = description(doc, clusters, head);
        int noun = d != null && DocumentSources.isDocumentNoun(d.noun()) ? documents.tied(doc, clusters, d) : -1;
        if (noun < 0) {
            return List.of();
        }
        int who = documents.author(doc, clusters, noun);
        List<Integer> partners = Groups.slashed(doc, clusters, noun);
        return partners.contains(who) ? partners : List.of(who);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a phrase's head
     * @return the organisation a description of one stands for, or -1
     */
    public int organisation(Parsed doc, Clusters clusters, int head) {
        Description d = description(doc, clusters, head);
        return d != null && OrganisationDescriptions.isOrganisationNoun(d.noun())
                ? organisations.resolve(doc, clusters, d)
                : -1;
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param titles the titles of named people
     * @param head document index of a phrase's head
     * @return the person a description of a role stands for, or -1
     */
    public int role(Parsed doc, Clusters clusters, List<Title> titles, int head) {
        Description d = description(doc, clusters, head);
        return d == null
                        || DocumentSources.isDocumentNoun(d.noun())
                        || OrganisationDescriptions.isOrganisationNoun(d.noun())
                ? -1
                : roles.resolve(doc, clusters, titles, d);
    }

    private int resolve(Parsed doc, Clusters clusters, List<Title> titles, int head, int depth) {
        int named = clusters.clusterAt(head);
        if (named >= 0 || depth > DEPTH) {
            return named;
        }
        int who = relative(doc, clusters, titles, head, depth);
        if (who >= 0) {
            return who;
        }
        who = t(doc, head).isNoun() ? apposed(doc, clusters, head) : -1;
        if (who >= 0) {
            return who;
        }
        who = document(doc, clusters, head);
        if (who >= 0) {
            return who;
        }
        who = organisation(doc, clusters, head);
        return who >= 0 ? who : role(doc, clusters, titles, head);
    }

    private int relative(Parsed doc, Clusters clusters, List<Title> titles, int head, int depth) {
        Token t = doc.tokens().get(head);
        if (RelativePronouns.isRelative(t)) {
            int antecedent = RelativePronouns.antecedent(doc, head);
            return antecedent < 0 ? -1 : resolve(doc, clusters, titles, antecedent, depth + 1);
        }
        if (!t.isNoun() || clusters.clusterAt(head) >= 0) {
            return -1;
        }
        int pronoun = RelativePronouns.predicateOf(doc, phraseStart(doc, head));
        return pronoun < 0 ? -1 : resolve(doc, clusters, titles, pronoun, depth + 1);
    }

    private static Token t(Parsed doc, int k) {
        return doc.tokens().get(k);
    }

    /** The description a common noun or an age ("the 35-year-old") heads, or null for any other token. */
    private static Description description(Parsed doc, Clusters clusters, int head) {
        Token t = doc.tokens().get(head);
        if (clusters.clusterAt(head) >= 0) {
            return null;
        }
        if (t.isNoun()) {
            return Description.of(doc, clusters, head);
        }
        String age = age(doc, head);
        return age == null ? null : Description.of(doc, clusters, head).withNoun(age);
    }

    /** "35-year-old" where the token is the "old" of it, else null. */
    private static String age(Parsed doc, int head) {
        if (head < 4 || !doc.tokens().get(head).word().equalsIgnoreCase("old")) {
            return null;
        }
        String words = doc.text(
                doc.tokens().get(head - 4).start(), doc.tokens().get(head).end());
        return words.matches("\\d+-years?-old") ? words.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The name a noun is in apposition with: "a former minister" in "Jorge Castañeda, a former minister". */
    private static int apposedName(Parsed doc, Clusters clusters, Token noun) {
        if (noun.relation().equals("appos") && noun.head() >= 0 && clusters.clusterAt(noun.head()) >= 0) {
            return clusters.clusterAt(noun.head());
        }
        for (Token c : doc.children(noun.index())) {
            if (c.relation().equals("appos") && clusters.clusterAt(c.index()) >= 0) {
                return clusters.clusterAt(c.index());
            }
        }
        return -1;
    }

    /** The first of the words right before a noun that depend on it ("a harsh critic"). */
    private static int phraseStart(Parsed doc, int head) {
        int first = doc.sentenceOf(head).first();
        int k = head;
        while (k - 1 >= first && doc.tokens().get(k - 1).head() == head) {
            k--;
        }
        return k;
    }
}
