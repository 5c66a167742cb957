package org.whosaid.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;
import org.whosaid.speaker.Cast;
import org.whosaid.speaker.Phrases;
import org.whosaid.statement.Statement;

/**
 * Dates statements. Only a time expression that modifies the statement's cue verb, or a verb the cue
 * depends on ("weighed in on Friday, tweeting that ..."), counts; one inside what was said does not.
 * A statement without a date of its own takes the date of the sentence before when that sentence's
 * subject is the speaker and the statement continues it: in the same paragraph, or by pointing back
 * to the event ("said during the interview"). A quote without source or cue takes the date of the
 * statement it continues. Values are resolved against the publication date and never lie after it.
 */
public final class StatementDater {

    /** Relations by which a verb hangs on another verb of the same frame. */
    private static final Set<String> FRAME = Set.of(Relations.DEP, Relations.ADVCL, Relations.XCOMP, Relations.CONJ);

    private static final Set<String> MODIFIER = Set.of(
            Relations.OBL,
            Relations.OBL_TMOD,
            Relations.NMOD_TMOD,
            Relations.OBL_NPMOD,
            Relations.ADVMOD,
            Relations.NMOD,
            Relations.DEP);
    private static final Set<String> EVENTS = Set.of(
            "interview",
            "meeting",
            "hearing",
            "speech",
            "conference",
            "call",
            "appearance",
            "event",
            "briefing",
            "statement",
            "session",
            "rally",
            "debate",
            "address",
            "broadcast",
            "show",
            "program",
            "programme",
            "testimony",
            "visit",
            "remarks",
            "discussion",
            "match",
            "game",
            "race",
            "fight",
            "final",
            "trial",
            "vote",
            "ceremony",
            "summit",
            "talks",
            "sentencing",
            "verdict");
    /** How a cue points back to an event it followed or came during ("said after the match"). */
    private static final Set<String> AROUND = Set.of("after", "following", "during", "at");
    /** Sentences that open an article, where its news, and the day of it, is told. */
    public static final int LEDE = 3;

    /**
     * @param doc the parsed article
     * @param cast its statements, in text order, with their speakers, and what the article's names and
     *     pronouns refer to
     * @return the statements, each with the ISO 8601 date at the text's precision where the text gives one
     */
    public List<Statement> dates(Parsed doc, Cast cast) {
        List<Statement> out = new ArrayList<>(cast.statements().size());
        for (Statement s : cast.statements()) {
            String date = null;
            if (s.cue() != null) {
                int anchor = Phrases.headOf(doc, s.cue());
                date = anchor < 0 ? null : frameDate(doc, anchor, s.content());
                if (date == null && anchor >= 0) {
                    date = fromSentenceBefore(doc, s, anchor, s.speaker(), cast);
                }
                if (date == null && anchor >= 0 && afterEvent(doc, anchor)) {
                    date = ledeDay(doc, s.sentence());
                }
            } else if (s.continuation() && !out.isEmpty()) {
                date = out.get(out.size() - 1).date();
            }
            out.add(s.withDate(date));
        }
        return out;
    }

    /**
     * The date a time expression gives the frame of a verb: the verb itself and the verbs it hangs on.
     *
     * @param doc the parsed article
     * @param verb document index of the verb
     * @param content spans whose time expressions do not count
     * @return the date, or null
     */
    String frameDate(Parsed doc, int verb, List<Span> content) {
        int v = verb;
        for (int steps = 0; v >= 0 && steps < 4; steps++) {
            Token t = doc.tokens().get(v);
            if (steps > 0 && inside(t, content)) {
                break;
            }
            for (Token c : doc.children(v)) {
                if (!MODIFIER.contains(c.relation())) {
                    continue;
                }
                String d = dateIn(doc, c.index(), content, isFuture(doc, v));
                if (d != null) {
                    return d;
                }
            }
            String d = steps == 0 ? participleDate(doc, v, content) : null;
            if (d != null) {
                return d;
            }
            if (!FRAME.contains(t.relation())) {
                break;
            }
            v = t.head();
        }
        return null;
    }

    /**
     * "Speaking to reporters on Saturday, X said ...", "Asked about it on Monday, X said ...": the
     * participle that opens the sentence tells when the cue verb's words were said.
     */
    private static String participleDate(Parsed doc, int verb, List<Span> content) {
        for (Token p : openingParticiples(doc, verb)) {
            if (inside(p, content) || anterior(doc, p)) {
                continue;
            }
            for (Token c : doc.children(p.index())) {
                if (MODIFIER.contains(c.relation())) {
                    String d = dateIn(doc, c.index(), content, false);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** @return the participles that open the verb's sentence and hang on it ("Speaking to reporters, X said") */
    private static List<Token> openingParticiples(Parsed doc, int verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : doc.children(verb)) {
            if (c.index() < verb
                    && c.relation().equals(Relations.ADVCL)
                    && (c.pos().equals("VBG") || c.pos().equals("VBN"))) {
                out.add(c);
            }
        }
        return out;
    }

    /** "Having lost the vote in May, ...": what had happened before the words were said. */
    private static boolean anterior(Parsed doc, Token participle) {
        for (Token c : doc.children(participle.index())) {
            if (c.relation().startsWith(Relations.AUX)) {
                return true;
            }
        }
        return false;
    }

    private String fromSentenceBefore(Parsed doc, Statement s, int anchor, int speaker, Cast cast) {
        if (speaker < 0 || s.sentence() == 0) {
            return null;
        }
        Sentence here = doc.sentences().get(s.sentence());
        Sentence before = doc.sentences().get(s.sentence() - 1);
        if (before.paragraph() != here.paragraph() && !pointsBack(doc, anchor)) {
            return null;
        }
        for (Token root : before.tokens()) {
            if (!root.relation().equals(Relations.ROOT)) {
                continue;
            }
            for (Token c : doc.children(root.index())) {
                if (c.relation().startsWith(Relations.NSUBJ) && cast.referent(c.index()) == speaker) {
                    return frameDate(doc, root.index(), List.of());
                }
            }
        }
        return null;
    }

    /**
     * "said during the interview", "Accepting the award, X said": the cue verb, or the participle that
     * opens its sentence, refers back to an event told before.
     */
    private static boolean pointsBack(Parsed doc, int verb) {
        if (!events(doc, verb).isEmpty()) {
            return true;
        }
        for (Token p : openingParticiples(doc, verb)) {
            for (Token o : doc.children(p.index())) {
                if ((o.relation().equals(Relations.OBJ) || o.relation().equals(Relations.OBL)) && definite(doc, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence may point back to an event by its words alone ("after the match", "during
     * that hearing"), before its times are resolved: where none does, the opening sentences' dates are
     * never read.
     *
     * @param s a sentence of the article's first pass
     * @return whether it holds such words
     */
    public static boolean mayPointBack(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            String around = t.get(i).word().toLowerCase(Locale.ROOT);
            String det = t.get(i + 1).word().toLowerCase(Locale.ROOT);
            if (AROUND.contains(around)
                    && (det.equals("the") || det.equals("that"))
                    && EVENTS.contains(t.get(i + 2).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "said after the match", "told reporters following the hearing": the cue follows a definite event. */
    private static boolean afterEvent(Parsed doc, int verb) {
        for (Token e : events(doc, verb)) {
            for (Token k : doc.children(e.index())) {
                if (k.relation().equals(Relations.CASE)
                        && AROUND.contains(k.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the definite events the verb's obliques name ("during the interview", "after the match") */
    private static List<Token> events(Parsed doc, int verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : doc.children(verb)) {
            if (c.relation().equals(Relations.OBL)
                    && EVENTS.contains(c.lemma().toLowerCase(Locale.ROOT))
                    && definite(doc, c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The day of the event an article opens with ("... a 26-10 win over New Zealand on Saturday"): the
     * first date to the day in its first sentences, where those come before the statement; a statement
     * made after "the match" was made that day.
     */
    private static String ledeDay(Parsed doc, int sentence) {
        for (Sentence s : doc.sentences()
                .subList(0, Math.min(Math.min(LEDE, sentence), doc.sentences().size()))) {
            for (Token t : s.tokens()) {
                if (t.timex() == null || !"DATE".equals(t.ner())) {
                    continue;
                }
                List<Token> words = timeWords(doc, t.index(), s.last());
                String d = TimeValue.pastDate(t.timex(), words, doc.published());
                if (d != null && d.length() == "yyyy-mm-dd".length()) {
                    return d;
                }
            }
        }
        return null;
    }

    /** @return whether the noun is "the ..." or "that ...": one told of before */
    private static boolean definite(Parsed doc, Token noun) {
        for (Token d : doc.children(noun.index())) {
            String w = d.word().toLowerCase(Locale.ROOT);
            if (d.relation().equals(Relations.DET) && (w.equals("the") || w.equals("that"))) {
                return true;
            }
        }
        return false;
    }

    private static String dateIn(Parsed doc, int phrase, List<Span> content, boolean future) {
        int[] span = doc.subtree(phrase);
        for (int k = span[0]; k < span[1]; k++) {
            Token t = doc.tokens().get(k);
            // A time of day on a given day ("Saturday morning", "last night") dates the day.
            if (t.timex() == null || !("DATE".equals(t.ner()) || "TIME".equals(t.ner())) || inside(t, content)) {
                continue;
            }
            List<Token> words = timeWords(doc, k, span[1]);
            String d = future
                    ? TimeValue.pastDate(t.timex(), words, null)
                    : TimeValue.pastDate(t.timex(), words, doc.published());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** @return the words of the time expression that starts at {@code from}, up to {@code end} at most */
    private static List<Token> timeWords(Parsed doc, int from, int end) {
        String timex = doc.tokens().get(from).timex();
        List<Token> words = new ArrayList<>();
        for (int j = from; j < end && timex.equals(doc.tokens().get(j).timex()); j++) {
            words.add(doc.tokens().get(j));
        }
        return words;
    }

    private static boolean isFuture(Parsed doc, int verb) {
        for (Token c : doc.children(verb)) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (c.relation().equals(Relations.AUX) && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Token t, List<Span> spans) {
        for (Span s : spans) {
            if (s.start() <= t.start() && t.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
