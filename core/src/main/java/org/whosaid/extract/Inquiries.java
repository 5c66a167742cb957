package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/**
 * Verbs of inquiry, from {@code inquiries.txt}: "is investigating the leak", "are looking into the
 * meddling" say what someone examines, not what they said or think. Immutable.
 */
public final class Inquiries {

    private static final String RESOURCE = "inquiries.txt";
    private static final Inquiries STANDARD = load();

    /** Each phrase as lemmas between spaces, with a space at each end. */
    private final List<String> phrases;

    private Inquiries(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** @return the list shipped with whosaid */
    public static Inquiries standard() {
        return STANDARD;
    }

    /**
     * @param doc the parsed article
     * @param s a statement
     * @return whether its cue is a verb of inquiry
     */
    public boolean inquires(Parsed doc, Statement s) {
        if (s.cue() == null) {
            return false;
        }
        // The cue's words and the one after it: a cue may stop short of its particle ("looking | into").
        List<Token> tokens = doc.tokens();
        StringBuilder lemmas = new StringBuilder(" ");
        int i = QuoteCues.firstTokenFrom(tokens, s.cue().start());
        for (; i >= 0 && i < tokens.size() && tokens.get(i).start() < s.cue().end(); i++) {
            if (tokens.get(i).end() <= s.cue().end()) {
                lemmas.append(tokens.get(i).lemma().toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        if (i >= 0 && i < tokens.size()) {
            lemmas.append(tokens.get(i).lemma().toLowerCase(Locale.ROOT)).append(' ');
        }
        String cue = lemmas.toString();
        return phrases.stream().anyMatch(cue::contains);
    }

    private static Inquiries load() {
        List<String> phrases = new ArrayList<>();
        for (String line : WordList.lines(RESOURCE)) {
            phrases.add(" " + line.toLowerCase(Locale.ROOT) + " ");
        }
        return new Inquiries(phrases);
    }
}
