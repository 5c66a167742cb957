package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;

/**
 * Groups of named entities that speak together. A coordination names several ("Mr. Clyburn and Mr.
 * Butterfield", "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)", "Opposition leader Peter Dutton
 * and his foreign affairs spokesman, Simon Birmingham"); a plural pronoun or description ("they",
 * "the two", "both", "each", "the two countries", "the candidates") stands for the plural named just
 * before, a coordination of names or an unnamed plural ("analysts", "human rights groups"), which
 * names no one. Groups are given in order of first mention in the article.
 */
public final class Groups {

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");
    /** Words that stand for a group on their own ("the two said", "both agreed"), and its size (0: any). */
    private static final Map<String, Integer> COUNTS =
            Map.of("two", 2, "both", 2, "three", 3, "four", 4, "each", 0, "all", 0);
    /** Sentences back that a plural antecedent may be. */
    private static final int BACK = 3;
    /** Sentences back that the names of a counted group ("the two countries") may be. */
    private static final int COUNTED_BACK = 10;
    /** Sentences ahead where a plural description named first may be named. */
    private static final int AHEAD = 10;

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of the head of a phrase
     * @return the entities the phrase names as a coordination, in order of first mention, at least two;
     *     otherwise empty
     */
    public List<Integer> coordinated(Parsed doc, Clusters clusters, int head) {
        return coordinated(doc, clusters, head, null);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of the head of a phrase
     * @param phrase the phrase, or null: where the parser hung its conjuncts on a word before it ("a
     *     meeting with Mr Liu, Peter Dutton and his spokesman, Simon Birmingham, ..."), they are its
     *     own
     * @return the entities the phrase names as a coordination, in order of first mention, at least two;
     *     otherwise empty
     */
    public List<Integer> coordinated(Parsed doc, Clusters clusters, int head, Span phrase) {
        Set<Integer> members = new TreeSet<>();
        List<Integer> tokens = new ArrayList<>();
        conjuncts(doc, head, tokens);
        Token h = doc.tokens().get(head);
        if (phrase != null
                && h.relation().equals("conj")
                && h.head() >= 0
                && !inside(doc.tokens().get(h.head()), phrase)) {
            for (Token c : doc.children(h.head())) {
                if (c.index() != head && c.relation().equals("conj") && inside(c, phrase)) {
                    conjuncts(doc, c.index(), tokens);
                }
            }
        }
        Integer kind = null;
        for (int t : tokens) {
            int who = named(doc, clusters, t);
            if (who < 0) {
                continue;
            }
            int k = clusters.clusters().get(who).isPerson() ? 1 : 0;
            if (kind != null && kind != k) {
                return List.of();
            }
            kind = k;
            members.add(who);
        }
        if (members.size() < 2) {
            members.clear();
            members.addAll(slashed(doc, clusters, head));
        }
        return members.size() >= 2 ? List.copyOf(members) : List.of();
    }

    /**
     * Names a slash joins before the head they modify ("a New York Times/CBS News poll", "the
     * Reuters/Ipsos opinion poll"): the partners who made it together.
     *
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head document index of a noun
     * @return the entities, in order of first mention, at least two; otherwise empty
     */
    public static List<Integer> slashed(Parsed doc, Clusters clusters, int head) {
        int k = head - 1;
        while (k >= 0
                && clusters.clusterAt(k) < 0
                && doc.tokens().get(k).pos().startsWith("NN")
                && doc.tokens().get(k).relation().startsWith("compound")) {
            k--; // "opinion" in "the Reuters/Ipsos opinion poll"
        }
        return k < 0 ? List.of() : partners(doc, clusters, k);
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param token document index of a token of a name
     * @return the entities of the names a slash joins to that one ("Reuters/Ipsos"), in order of first
     *     mention, at least two; otherwise empty
     */
    public static List<Integer> partners(Parsed doc, Clusters clusters, int token) {
        if (clusters.clusterAt(token) < 0) {
            return List.of();
        }
        Set<Integer> members = new TreeSet<>(List.of(clusters.clusterAt(token)));
        int n = doc.tokens().size();
        int[] own = run(clusters, n, token);
        for (int k = own[0] - 1;
                k > 0 && slash(doc, k) && clusters.clusterAt(k - 1) >= 0;
                k = run(clusters, n, k - 1)[0] - 1) {
            members.add(clusters.clusterAt(k - 1));
        }
        for (int k = own[1];
                k + 1 < n && slash(doc, k) && clusters.clusterAt(k + 1) >= 0;
                k = run(clusters, n, k + 1)[1]) {
            members.add(clusters.clusterAt(k + 1));
        }
        return members.size() >= 2 ? List.copyOf(members) : List.of();
    }

    /** @return [first, one past last] token of the run of one name's tokens around {@code token} */
    private static int[] run(Clusters clusters, int n, int token) {
        int who = clusters.clusterAt(token);
        int from = token;
        while (from > 0 && clusters.clusterAt(from - 1) == who) {
            from--;
        }
        int to = token + 1;
        while (to < n && clusters.clusterAt(to) == who) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean slash(Parsed doc, int k) {
        Token t = doc.tokens().get(k);
        return t.word().equals("/") && t.sentence() == doc.tokens().get(k - 1).sentence();
    }

    /**
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param head the head of a source
     * @return whether the source joins a name with people it does not name ("RT and its defenders")
     */
    public static boolean joinsUnnamed(Parsed doc, Clusters clusters, int head) {
        List<Integer> tokens = new ArrayList<>();
        conjuncts(doc, head, tokens);
        boolean named = false;
        boolean unnamed = false;
        for (int t : tokens) {
            if (named(doc, clusters, t) >= 0) {
                named = true;
            } else if (doc.tokens().get(t).pos().startsWith("NN")) {
                unnamed = true;
            }
        }
        return named && unnamed;
    }

    /**
     * @param doc the parsed article
     * @param t a token
     * @return whether it is a plural pronoun or a word or description that stands for a group
     */
    public static boolean isPlural(Parsed doc, int t) {
        Token tok = doc.tokens().get(t);
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (tok.pos().startsWith("PRP")) {
            return PLURAL_PRONOUNS.contains(w);
        }
        if (COUNTS.containsKey(w) && !tok.isNoun()) {
            return true;
        }
        if (!(tok.pos().equals("NNS") || tok.pos().equals("NNPS")) || hasConjunct(doc, t)) {
            return false; // "the families, supporters and officials" are several kinds, no group of names
        }
        String noun = singular(tok);
        if (UnnamedSources.isUnnamedNoun(noun)) {
            return false;
        }
        boolean kind = Honorifics.isListed(noun)
                || OrganisationDescriptions.isOrganisationNoun(noun)
                || (tok.pos().equals("NNS") && Animacy.of(noun) == Animacy.Kind.ANIMATE);
        if (!kind) {
            return false; // "three recent polls", "the Germans"
        }
        boolean definite = false;
        for (Token c : doc.children(t)) {
            String cw = c.word().toLowerCase(Locale.ROOT);
            if ((c.relation().equals("det") || c.relation().equals("nummod")) && COUNTS.containsKey(cw)) {
                return true;
            }
            definite |= (c.relation().equals("det") && cw.equals("the"))
                    || c.relation().equals("nmod:poss");
        }
        return definite;
    }

    /** How many a word says the group has: "two" and "both" two, "each" and "all" any. */
    private static int count(Parsed doc, int t) {
        Token tok = doc.tokens().get(t);
        Integer n = COUNTS.get(tok.word().toLowerCase(Locale.ROOT));
        if (n != null) {
            return n;
        }
        for (Token c : doc.children(t)) {
            n = COUNTS.get(c.word().toLowerCase(Locale.ROOT));
            if (n != null && (c.relation().equals("det") || c.relation().equals("nummod"))) {
                return n;
            }
        }
        return 0;
    }

    private static boolean hasConjunct(Parsed doc, int t) {
        for (Token c : doc.children(t)) {
            if (c.relation().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plural a group word or pronoun stands for: the nearest coordination of names, or plural
     * phrase, that is a subject before it in its sentence or the few before.
     *
     * @param doc the parsed article
     * @param clusters its names and entities
     * @param token document index of a plural pronoun or group word
     * @return the named group, in order of first mention; an empty list where the nearest plural names
     *     no one ("analysts said ... they"); nothing where there is no plural before it
     */
    public Optional<List<Integer>> antecedent(Parsed doc, Clusters clusters, int token) {
        Optional<List<Integer>> before = subjectBefore(doc, clusters, token);
        if (before.isPresent() && !before.get().isEmpty()) {
            return before;
        }
        Token t = doc.tokens().get(token);
        int n = count(doc, token);
        if (isPlural(doc, token) && t.isNoun() && n > 1) {
            // "the two countries": the two names coordinated nearest before, subjects or not; a number says
            // how many, so they may be named further back ("the spat between Mexico and the United States
            // ... the two countries signed")
            List<Integer> group = nearest(doc, clusters, token);
            if (group.size() == n) {
                return Optional.of(group);
            }
        }
        if (before.isEmpty() && namedLater(doc, token)) {
            // "Connecticut's U.S. Senators", named only later: the names coordinated next
            List<Integer> group = after(doc, clusters, token);
            if (!group.isEmpty()) {
                return Optional.of(group);
            }
        }
        return before;
    }

    private Optional<List<Integer>> subjectBefore(Parsed doc, Clusters clusters, int token) {
        int sentence = doc.tokens().get(token).sentence();
        for (int s = sentence; s >= 0 && s >= sentence - BACK; s--) {
            Sentence here = doc.sentences().get(s);
            Optional<List<Integer>> found = Optional.empty();
            for (int k = here.first(); k < here.last() && !(s == sentence && k >= token); k++) {
                Token t = doc.tokens().get(k);
                if (!Pronouns.isSubject(doc, k) || t.relation().equals("conj")) {
                    continue;
                }
                List<Integer> group = coordinated(doc, clusters, k);
                if (!group.isEmpty()) {
                    found = Optional.of(group);
                } else if ((t.pos().equals("NNS") || t.pos().equals("NNPS")) && clusters.mentionAt(k) < 0) {
                    // "Analysts said ... they": no one; "Connecticut's U.S. Senators ... They": whom they stand for
                    List<Integer> named = namedLater(doc, k) ? after(doc, clusters, k) : List.of();
                    found = Optional.of(named);
                }
                if (found.isPresent() && s != sentence) {
                    // In earlier sentences the first plural subject; in its own the nearest before it.
                    return found;
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** An office of several that the article may name after ("Connecticut's U.S. Senators", "the two senators"). */
    private static boolean namedLater(Parsed doc, int t) {
        Token tok = doc.tokens().get(t);
        return isPlural(doc, t) && tok.isNoun() && Honorifics.isListed(singular(tok));
    }

    /** A plural noun's singular, in lower case: the tagger leaves "Senators" as it is. */
    private static String singular(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().equals("NNPS") && lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    /** The coordination of names nearest before the token, in its sentence or the few before. */
    private List<Integer> nearest(Parsed doc, Clusters clusters, int token) {
        int first = doc.sentences()
                .get(Math.max(0, doc.tokens().get(token).sentence() - COUNTED_BACK))
                .first();
        for (int k = token - 1; k >= first; k--) {
            if (!doc.tokens().get(k).relation().equals("conj")) {
                List<Integer> group = coordinated(doc, clusters, k);
                if (!group.isEmpty()) {
                    return group;
                }
            }
        }
        return List.of();
    }

    /** The first coordination of names after the token, within the next few sentences. */
    private List<Integer> after(Parsed doc, Clusters clusters, int token) {
        int sentence = doc.tokens().get(token).sentence();
        int last = doc.sentences()
                .get(Math.min(doc.sentences().size() - 1, sentence + AHEAD))
                .last();
        for (int k = token + 1; k < last; k++) {
            if (!doc.tokens().get(k).relation().equals("conj")) {
                List<Integer> group = coordinated(doc, clusters, k);
                if (!group.isEmpty()) {
                    return group;
                }
            }
        }
        return List.of();
    }

    private static boolean inside(Token t, Span phrase) {
        return t.start() >= phrase.start() && t.end() <= phrase.end();
    }

    /** The token and the tokens coordinated with it, in order. */
    private static void conjuncts(Parsed doc, int head, List<Integer> out) {
        out.add(head);
        for (Token c : doc.children(head)) {
            if (c.relation().equals("conj")) {
                conjuncts(doc, c.index(), out);
            }
        }
    }

    /** The entity a conjunct names: its own name, or a name in apposition to it ("his spokesman, X"). */
    private static int named(Parsed doc, Clusters clusters, int t) {
        int who = clusters.clusterAt(t);
        if (who >= 0) {
            return who;
        }
        for (Token c : doc.children(t)) {
            if (c.relation().equals("appos") && clusters.clusterAt(c.index()) >= 0) {
                return clusters.clusterAt(c.index());
            }
        }
        return -1;
    }
}
