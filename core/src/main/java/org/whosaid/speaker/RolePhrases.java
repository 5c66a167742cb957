package org.whosaid.speaker;

import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;

/**
 * Where a noun phrase that gives a role begins and ends, by its words rather than the parse, which
 * often hangs appositions elsewhere: "the assistant leader of the Democratic caucus", "2015 winner of
 * the Erikson Prize for Excellence in Mental Coverage by the Media", "U.S. ambassador to Burma" (not
 * "from 2012 until earlier this year").
 */
final class RolePhrases {

    /** Prepositions that go on with a role ("head of", "fellow at", "adviser to", "advocate for"). */
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "at", "to", "on", "with", "in", "by", "&");
    /** Adverbs that may open a description without belonging to it ("now the Senate majority leader"). */
    private static final Set<String> OPENING_ADVERBS = Set.of("now", "then", "also", "formerly", "still");
    /** Longest phrase, in tokens. */
    private static final int LONGEST = 18;

    private RolePhrases() {}

    /**
     * @param doc the parsed article
     * @param from first token of a description, its article or possessor included
     * @return the first token of the description itself: after an opening adverb, article or possessor
     */
    static int start(Parsed doc, int from) {
        int k = from;
        int last = doc.sentenceOf(from).last();
        while (k < last) {
            Token t = doc.tokens().get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("DT") || t.pos().equals("PRP$") || isQuote(t) || OPENING_ADVERBS.contains(w)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * @param doc the parsed article
     * @param from the first token of a description (after {@link #start})
     * @return one past its last token: it ends before a comma, a clause, a verb, or a preposition that
     *     opens a time or circumstance ("from 2012", "under President Bush"); {@code from} where no
     *     description starts there
     */
    static int end(Parsed doc, int from) {
        int last = Math.min(doc.sentenceOf(from).last(), from + LONGEST);
        int k = from;
        int end = from;
        while (k < last) {
            Token t = doc.tokens().get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            Token prev = k > from ? doc.tokens().get(k - 1) : null;
            if (t.isPerson()
                    && prev != null
                    && prev.isNoun()
                    && !prev.isPerson()
                    && !Honorifics.isHonorific(prev.word())) {
                // "... investigation former Secretary of State Hillary Clinton's": another phrase begins.
                break;
            } else if (isNominal(t)) {
                k++;
                end = k;
            } else if ((t.pos().equals("RBS")
                            || t.pos().equals("RBR")
                            || t.pos().equals("RB"))
                    && k + 1 < last
                    && (doc.tokens().get(k + 1).pos().equals("HYPH")
                            || doc.tokens().get(k + 1).pos().startsWith("JJ"))
                    && !t.word().equalsIgnoreCase("not")) {
                // "highest-ranking", "most famous"
                k++;
            } else if (isQuote(t)
                    || t.pos().equals("POS")
                    || t.pos().equals("DT")
                    || t.pos().equals("PRP$")) {
                k++;
            } else if ((COMPLEMENTS.contains(w)
                            && (t.pos().equals("IN")
                                    || t.pos().equals("TO")
                                    || t.pos().equals("CC")))
                    && k + 1 < last
                    && !isTime(doc.tokens().get(k + 1))) {
                k++;
            } else if (w.equals("and") && k + 1 < last && isNominal(doc.tokens().get(k + 1))) {
                // "professor of geosciences and international affairs", but not "... and a former ambassador".
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * @param doc the parsed article
     * @param from first token
     * @param to one past the last
     * @return the role's head: the last noun before the first preposition, in plain lower case; null
     *     where there is none
     */
    static String head(Parsed doc, int from, int to) {
        String role = null;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                break;
            }
            if (t.isNoun() || (k == to - 1 && Honorifics.isListed(t.word()))) {
                // a noun, or an office the tagger took for an adjective ("retired general")
                role = Honorifics.role(t.pos().startsWith("NNP") ? t.word() : t.lemma());
            }
        }
        return role;
    }

    private static boolean isNominal(Token t) {
        String p = t.pos();
        return p.startsWith("NN")
                || p.startsWith("JJ")
                || p.equals("VBN")
                || p.equals("CD")
                || p.equals("HYPH")
                || (p.equals("VBG")
                        && !t.word().isEmpty()
                        && Character.isLowerCase(t.word().charAt(0)));
    }

    private static boolean isTime(Token t) {
        return t.timex() != null || "DATE".equals(t.ner()) || t.pos().equals("CD");
    }

    static boolean isQuote(Token t) {
        return switch (t.word()) {
            case "\"", "\u201c", "\u201d", "``", "''", "'", "\u2018", "\u2019" ->
                t.pos().equals("``") || t.pos().equals("''") || t.word().equals("\"");
            default -> false;
        };
    }
}
