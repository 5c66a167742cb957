package org.whosaid.speaker;

import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Which tokens stand inside double quotation marks, paragraph by paragraph: names in what someone
 * says are not the article's own subjects.
 */
final class Quotations {

    private Quotations() {}

    /**
     * @param doc the parsed article
     * @return for each token, whether it stands inside quotation marks opened in its paragraph
     */
    static boolean[] inside(Parsed doc) {
        boolean[] out = new boolean[doc.tokens().size()];
        boolean open = false;
        int paragraph = -1;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                open = false;
            }
            for (Token t : s.tokens()) {
                String w = t.word();
                if (w.equals("\u201c") || w.equals("``")) {
                    open = true;
                } else if (w.equals("\u201d") || w.equals("''")) {
                    open = false;
                } else if (w.equals("\"")) {
                    open = !open;
                } else {
                    out[t.index()] = open;
                }
            }
        }
        return out;
    }
}
