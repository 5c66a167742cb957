package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;

/**
 * Where what a statement says ends before a participle set off by a comma. One that reports something
 * of its own ("spoke about the death of ..., arguing that ...", "said he was stiffed ..., saying,
 * "Maybe ..."") is a second statement, whatever the parser hung it on; one that tells what the speaker
 * did meanwhile ("wondered whether the moderators will be fair, engaging in what analysts call ...")
 * is not what was said.
 */
public final class TrailingParticiples {

    private TrailingParticiples() {}

    /**
     * @param doc the parsed article
     * @param from the first token of the content
     * @param to one past its last token
     * @param lexicon the cue words, or null to take any participle with a clause of its own
     * @return one past the last token before such a participle and its comma, or {@code to}
     */
    public static int end(Parsed doc, int from, int to, CueLexicon lexicon) {
        List<Token> tokens = doc.tokens();
        for (int k = from + 2; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.pos().equals("VBG") || !tokens.get(k - 1).word().equals(",")) {
                continue;
            }
            boolean reports = (lexicon == null || lexicon.reliability(t) >= CueLexicon.CLAUSE) && governsClause(doc, k);
            boolean aside =
                    (t.relation().equals(Relations.ADVCL) || t.relation().equals(Relations.DEP))
                            && !doc.children(k).isEmpty();
            if (reports || aside) {
                return k - 1;
            }
        }
        return to;
    }

    /**
     * @param doc the parsed article
     * @param word a token's document index
     * @return whether the word governs a clause of its own, what a verb of speaking says ("arguing that
     *     ...", "saying, "...")
     */
    public static boolean governsClause(Parsed doc, int word) {
        return doc.children(word).stream()
                .anyMatch(c ->
                        c.relation().equals(Relations.CCOMP) || c.relation().equals(Relations.PARATAXIS));
    }
}
