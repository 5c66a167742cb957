package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Finds the titles the article gives people, from the words before a name ("former US national
 * security adviser Michael Flynn", "President Donald Trump", "Mr Flynn's attorney Robert Kelner") and
 * from appositions on either side ("Devin Nunes, the Republican chairman of ...", "The top Democrat on
 * ..., Adam Schiff").
 */
public final class Titles {

    private static final Set<String> MODIFIER_POS =
            Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "CD", "HYPH");
    private static final int MAX_LENGTH = 15;
    /** Words that open a noun phrase without belonging to the title: articles, possessive pronouns, prepositions. */
    private static final Set<String> LEADING = Set.of("DT", "PRP$", "IN", "TO");

    /**
     * @param doc the parsed article
     * @param clusters its name mentions and entities
     * @return the titles of named people, in text order of their names
     */
    public List<Title> find(Parsed doc, Clusters clusters) {
        List<Title> out = new ArrayList<>();
        List<NameMention> mentions = clusters.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            if (!m.isPerson()) {
                continue;
            }
            Title pre = premodifier(doc, clusters, i);
            if (pre != null) {
                out.add(pre);
            }
            out.addAll(appositions(doc, clusters, i));
        }
        return out;
    }

    /** The words right before the name that modify it: "White House spokesman", "President". */
    private static Title premodifier(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        int start = doc.sentenceOf(m.first()).first();
        int end = m.nameFirst();
        for (int k = m.first(); k < m.nameFirst(); k++) {
            if (Honorifics.isCourtesy(doc.tokens().get(k).word())) {
                end = k;
                break;
            }
        }
        int from = end;
        for (int k = end - 1; k >= start; k--) {
            Token t = doc.tokens().get(k);
            boolean inName = m.covers(k);
            if (!inName && isOfInOffice(doc, k, start, from)) {
                continue;
            }
            if (!inName && (!MODIFIER_POS.contains(t.pos()) || t.isPerson() || !Phrases.dominates(doc, m.head(), k))) {
                break;
            }
            from = k;
        }
        if (from == end || !holdsRole(doc, from, end, false)) {
            return null;
        }
        int tie = -1;
        if (from >= 2 && isPossessive(doc.tokens().get(from - 1))) {
            tie = clusters.mentionAt(from - 2);
        }
        if (tie < 0) {
            tie = nameInside(clusters, from, end);
        }
        return title(doc, index, from, end, tie);
    }

    /** "of" between an office and a capitalised word: "Secretary of State", "Minister of Defence". */
    private static boolean isOfInOffice(Parsed doc, int k, int start, int from) {
        return k > start
                && k + 1 == from
                && doc.tokens().get(k).word().equals("of")
                && Honorifics.isOffice(doc.tokens().get(k - 1).word())
                && Character.isUpperCase(doc.tokens().get(from).word().charAt(0));
    }

    /** Appositions: "Devin Nunes, the Republican chairman of ..." and "The top Democrat ..., Adam Schiff". */
    private static List<Title> appositions(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        List<Title> out = new ArrayList<>();
        Token head = doc.tokens().get(m.head());
        for (Token child : doc.children(m.head())) {
            if (child.relation().equals("appos")
                    && child.index() > m.head()
                    && isRoleNoun(clusters, child)
                    && m.last() < doc.tokens().size()
                    && isApposer(doc.tokens().get(m.last()))) {
                int[] span = doc.subtree(child.index());
                Title t = phrase(doc, clusters, index, Math.max(span[0], m.last()), span[1]);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        if (head.relation().equals("appos")
                && head.head() >= 0
                && head.head() < m.first()
                && m.first() > 0
                && isApposer(doc.tokens().get(m.first() - 1))) {
            Token noun = doc.tokens().get(head.head());
            if (isRoleNoun(clusters, noun)) {
                int[] span = doc.subtree(noun.index());
                Title t = phrase(doc, clusters, index, span[0], m.first());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** An apposed noun phrase as a title: without its article or possessor, up to its first comma. */
    private static Title phrase(Parsed doc, Clusters clusters, int index, int from, int to) {
        while (from < to && isPunctuation(doc.tokens().get(from))) {
            from++;
        }
        int end = from;
        while (end < to && !isBoundary(doc.tokens().get(end))) {
            end++;
        }
        int tie = -1;
        int k = from;
        while (k < end && LEADING.contains(doc.tokens().get(k).pos())) {
            k++;
        }
        while (end > k && isPunctuation(doc.tokens().get(end - 1))) {
            end--;
        }
        // "Mr Flynn's attorney": the possessor is whom the role is for, not part of the title.
        for (int p = k; p < end; p++) {
            if (isPossessive(doc.tokens().get(p))) {
                tie = p > 0 ? clusters.mentionAt(p - 1) : -1;
                k = p + 1;
                break;
            }
        }
        if (k >= end || end - k > MAX_LENGTH || !holdsRole(doc, k, end, true)) {
            return null;
        }
        if (tie < 0) {
            tie = nameInside(clusters, k, end);
        }
        return title(doc, index, k, end, tie);
    }

    private static Title title(Parsed doc, int index, int from, int to, int tie) {
        String text = doc.text(
                doc.tokens().get(from).start(), doc.tokens().get(to - 1).end());
        return new Title(index, from, to, text, roleOf(doc, from, to), tie);
    }

    /**
     * The head noun of a title: the last noun before a preposition ("chairman" of "Republican chairman
     * of the House intelligence committee").
     *
     * @param doc the parsed article
     * @param from first token of the title
     * @param to one past its last token
     * @return the role in plain lower case, or null where the words hold no noun
     */
    static String roleOf(Parsed doc, int from, int to) {
        String role = null;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                break;
            }
            if (t.isNoun()) {
                role = Honorifics.role(t.pos().startsWith("NNP") ? t.word() : t.lemma());
            }
        }
        return role;
    }

    /**
     * A title needs a role word: a common noun or an office; in an apposition ("the top Democrat") also
     * a capitalised noun outside any name. Before a name a lone party or nationality word
     * ("Republican Donald Trump") is a description, not a title.
     */
    private static boolean holdsRole(Parsed doc, int from, int to, boolean apposed) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            if (t.pos().equals("NN")
                    || t.pos().equals("NNS")
                    || Honorifics.isOffice(t.word())
                    || (apposed && t.pos().startsWith("NNP") && "O".equals(t.ner()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleNoun(Clusters clusters, Token t) {
        return t.isNoun() && clusters.mentionAt(t.index()) < 0 && !t.isPerson();
    }

    private static int nameInside(Clusters clusters, int from, int to) {
        for (int k = from; k < to; k++) {
            int m = clusters.mentionAt(k);
            if (m >= 0) {
                return m;
            }
        }
        return -1;
    }

    static boolean isPossessive(Token t) {
        return t.pos().equals("POS");
    }

    private static boolean isPunctuation(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0));
    }

    /** An apposition is set off by a comma or a dash, not by a parenthesis ("Ted Cruz (R-Texas)"). */
    private static boolean isApposer(Token t) {
        return t.word().equals(",")
                || t.word().equals("--")
                || t.word().equals("\u2014")
                || t.word().equals("\u2013");
    }

    private static boolean isBoundary(Token t) {
        return t.word().equals(",")
                || t.word().equals("(")
                || t.word().equals(";")
                || t.word().equals("--")
                || t.pos().equals("WDT")
                || t.pos().equals("WP")
                || t.pos().equals("-LRB-");
    }
}
