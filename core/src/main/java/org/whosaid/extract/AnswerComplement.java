package org.whosaid.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Token;

/**
 * "46 percent of voters said yes, compared with 23 percent who ...", "half said so in the last poll":
 * a word that stands for a whole answer right after a verb of speaking is what was said, alone or
 * said again ("yes, yes, yes"). The parser hangs the rest of the sentence on such a word at will. Not
 * "said so many things" nor "said no to the plan", where the word opens a phrase.
 */
final class AnswerComplement implements Complement {

    private static final Set<String> ANSWERS = Set.copyOf(WordList.lines("answers.txt"));
    /** Tags of a word that goes on with the answer word ("so many", "so far", "no one", "no doubt"). */
    private static final Set<String> GOES_ON =
            Set.of("JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN", "NNS", "DT", "CD", "TO");

    @Override
    public String name() {
        return "reported-answer";
    }

    @Override
    public List<int[]> content(Dependencies deps, int verb, double reliability, CueLexicon lexicon) {
        int word = verb + 1;
        int end = deps.doc().sentenceOf(verb).last();
        if (reliability < CueLexicon.SPEECH || word >= end) {
            return null;
        }
        Token answer = deps.token(word);
        if (!ANSWERS.contains(answer.word().toLowerCase(Locale.ROOT))
                || answer.head() != verb && !isInterjection(answer)) {
            return null;
        }
        // "said yes, yes, yes": the answer said again is the same answer.
        int last = word;
        while (last + 2 < end
                && deps.token(last + 1).word().equals(",")
                && deps.token(last + 2).word().equalsIgnoreCase(answer.word())) {
            last += 2;
        }
        int next = last + 1;
        if (next < end
                && (GOES_ON.contains(deps.token(next).pos())
                        || deps.token(next).word().equalsIgnoreCase("to")
                        || deps.token(next).word().equalsIgnoreCase("that"))) {
            return null;
        }
        return List.of(new int[] {word, last + 1});
    }

    /** "yes" or "no" as an interjection, which the parser may hang on any verb nearby. */
    private static boolean isInterjection(Token t) {
        return t.pos().equals("UH");
    }
}
