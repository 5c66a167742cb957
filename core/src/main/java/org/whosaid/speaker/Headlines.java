package org.whosaid.speaker;

import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Lines written in title case, as headlines and crossheads are ("Elizabeth Warren Hammers Wells Fargo
 * Chief"): there the entity tagger's boundaries are unreliable and nothing is a title.
 */
final class Headlines {

    /** Fewest capitalised ordinary words a line needs to count as written in title case. */
    private static final int ORDINARY = 2;
    /** Least share of its content words that must be capitalised. */
    private static final double SHARE = 0.85;

    private Headlines() {}

    /**
     * Sentences written in title case: nearly all their content words capitalised, and several of them
     * ordinary words (not names, honorifics or the first word), which a sentence about "President
     * Donald Trump and Sen. Elizabeth Warren" lacks.
     *
     * @param doc the parsed article
     * @return for each sentence, whether it is written in title case
     */
    static boolean[] titleCase(Parsed doc) {
        boolean[] out = new boolean[doc.sentences().size()];
        for (Sentence s : doc.sentences()) {
            out[s.index()] = titleCase(s);
        }
        return out;
    }

    /**
     * @param s a sentence
     * @return whether it is written in title case (see {@link #titleCase(Parsed)})
     */
    static boolean titleCase(Sentence s) {
        int words = 0;
        int capitalised = 0;
        int ordinary = 0;
        int depth = 0;
        for (Token t : s.tokens()) {
            depth += t.word().equals("(") ? 1 : t.word().equals(")") ? -1 : 0;
            if (depth > 0 || !Character.isLetter(t.word().charAt(0)) || isFunctionWord(t)) {
                continue; // "(D-Mont.)" is no headline word
            }
            words++;
            if (Character.isUpperCase(t.word().charAt(0))) {
                capitalised++;
                if (t.index() > s.first()
                        && "O".equals(t.ner())
                        && !Honorifics.isHonorific(t.word())
                        && t.word().length() > 2
                        && t.word().indexOf('.') < 0) {
                    ordinary++;
                }
            }
        }
        return ordinary >= ORDINARY && capitalised >= SHARE * words;
    }

    private static boolean isFunctionWord(Token t) {
        return switch (t.pos()) {
            case "DT", "IN", "CC", "TO", "POS", "PRP$", "WDT" -> true;
            default -> false;
        };
    }
}
