package org.whosaid.speaker;

import java.util.List;
import java.util.Map;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.statement.Statement;

/**
 * What the speaker rules know of an article: its entities (clusters of names), the titles the
 * article gives them, and the pronouns already resolved. The map of resolved pronouns is read only.
 *
 * @param doc the parsed article
 * @param clusters the article's names, grouped into entities
 * @param titles the titles and descriptions tied to names
 * @param pronouns each resolved pronoun's token index to its entity index
 */
record Scene(Parsed doc, Clusters clusters, List<Title> titles, Map<Integer, Integer> pronouns) {

    /** @return the head token of the statement source's phrase, or -1 */
    int head(Statement s) {
        return s.source() == null ? -1 : Phrases.headOf(doc, s.source());
    }

    /**
     * @return the index of the sentence in which the statement's last words stand: a quotation of
     *         several sentences ends well after its cue
     */
    int lastSentence(Statement s) {
        int last = s.sentence();
        for (Sentence sentence : doc.sentences()) {
            if (sentence.start() < s.end() && sentence.index() > last) {
                last = sentence.index();
            }
        }
        return last;
    }
}
