package org.whosaid.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/**
 * Verbs that answer a proposal and nouns that name one, from {@code answered-proposals.tsv}: "rebuffed
 * his offer", "declined the invitation" report a decision about someone else's proposal, and the
 * proposal is not what the subject said. Immutable.
 */
public final class AnsweredProposals {

    private static final String RESOURCE = "answered-proposals.tsv";
    private static final AnsweredProposals STANDARD = load();

    private final Set<String> verbs;
    private final Set<String> nouns;

    private AnsweredProposals(Set<String> verbs, Set<String> nouns) {
        this.verbs = Set.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
    }

    /** @return the list shipped with whosaid */
    public static AnsweredProposals standard() {
        return STANDARD;
    }

    /**
     * @param verbLemma the cue verb's lemma
     * @param objectLemma the lemma of its object's head
     * @return whether the verb answers the proposal its object names
     */
    boolean answers(String verbLemma, String objectLemma) {
        return verbs.contains(verbLemma.toLowerCase(Locale.ROOT))
                && nouns.contains(objectLemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a statement, however it was found, is only such a decision: a word of its cue answers a
     * proposal that its object names, and that object lies in the statement's content.
     *
     * @param doc the parsed article
     * @param s a statement
     * @return whether it reports a decision about a proposal rather than words
     */
    public boolean answered(Parsed doc, Statement s) {
        if (s.cue() == null) {
            return false;
        }
        for (Sentence sentence : doc.sentences()) {
            if (sentence.start() >= s.cue().end()) {
                break;
            }
            if (sentence.end() <= s.cue().start()) {
                continue;
            }
            for (Token verb : sentence.tokens()) {
                if (verb.start() < s.cue().start() || verb.start() >= s.cue().end() || !verb.isVerb()) {
                    continue;
                }
                for (Token obj : doc.children(verb.index())) {
                    if (obj.relation().equals(Relations.OBJ)
                            && answers(verb.lemma(), obj.lemma())
                            && s.content().stream().anyMatch(c -> c.start() <= obj.start() && obj.end() <= c.end())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static AnsweredProposals load() {
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (String line : WordList.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 2 || !(f[0].equals("verb") || f[0].equals("noun"))) {
                throw new IllegalStateException(RESOURCE + ": expected 'verb|noun TAB lemma', got: " + line);
            }
            (f[0].equals("verb") ? verbs : nouns).add(f[1].strip().toLowerCase(Locale.ROOT));
        }
        return new AnsweredProposals(verbs, nouns);
    }
}
