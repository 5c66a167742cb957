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
     * @return the index of the cluster it stands for, or -1
     */
    public int resolve(Parsed doc, Clusters clusters, List<Title> titles, int head) {
        return resolve(doc, clusters, titles, head, 0);
    }

    private int resolve(Parsed doc, Clusters clusters, List<Title> titles, int head, int depth) {
        int named = clusters.clusterAt(head);
        if (named >= 0 || depth > DEPTH) {
            return named;
        }
        Token t = doc.tokens().get(head);
        if (RelativePronouns.isRelative(t)) {
            int antecedent = RelativePronouns.antecedent(doc, head);
            return antecedent < 0 ? -1 : resolve(doc, clusters, titles, antecedent, depth + 1);
        }
        if (!t.isNoun()) {
            return -1;
        }
        int apposed = apposedName(doc, clusters, t);
        if (apposed >= 0) {
            return apposed;
        }
        int relative = RelativePronouns.predicateOf(doc, phraseStart(doc, head));
        if (relative >= 0) {
            return resolve(doc, clusters, titles, relative, depth + 1);
        }
        Description d = Description.of(doc, clusters, head);
        if (DocumentSources.isDocumentNoun(d.noun())) {
            return documents.resolve(doc, clusters, d);
        }
        if (OrganisationDescriptions.isOrganisationNoun(d.noun())) {
            return organisations.resolve(doc, clusters, d);
        }
        return roles.resolve(doc, clusters, titles, d);
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
