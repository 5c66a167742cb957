package org.whosaid.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.speaker.Animacy;
import org.whosaid.statement.Rules;

/**
 * Finds the mention of who speaks for a cue verb: its subject through the dependency tree, and where the
 * parser got the sentence wrong, the words around the cue that name the speaker. Immutable.
 */
final class SpeakerMentions {

    private static final Set<String> INHERITS_SUBJECT =
            Set.of(Relations.XCOMP, Relations.ADVCL, Relations.CONJ, Relations.DEP);
    /** Relations through which the parser hangs "..., adding that" on the reported clause rather than its reporter. */
    private static final Set<String> PARTICIPLE_HUNG = Set.of(Relations.DEP, Relations.ADVCL);
    /** Longest speaker mention between a closing quotation mark and its cue verb, in tokens. */
    private static final int NAME_REACH = 24;
    /** Longest speaker description right after a cue ("said Republican political consultant Chris Russell"). */
    private static final int NAME_AFTER = 8;

    private static final Set<String> NOUN_PHRASE =
            Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");

    /** The rules, in their standard order. */
    private static final List<MentionRule> RULES = List.of(
            MentionRule.of("before-misread-auxiliary", (m, v) -> m.beforeMisreadAuxiliary(v)),
            MentionRule.of("participle-reporter", (m, v) -> m.reporterOfParticiple(v)),
            MentionRule.of("joined-report", (m, v) -> m.reporterOfJoined(v)),
            MentionRule.of("subject", (m, v) -> m.subjectOf(v)),
            MentionRule.of("subject-in-opening", (m, v) -> m.subjectInOpening(v)),
            MentionRule.of("name-before-cue", (m, v) -> m.nameAfterQuote(v)),
            MentionRule.of("participle-subject", (m, v) -> m.participle(v) ? m.earlierSubject(v) : null),
            MentionRule.of("participle-of-name", (m, v) -> m.participle(v) ? m.namedHead(v) : null),
            MentionRule.of("name-at-start", (m, v) -> !m.participle(v) && !m.wordsFirst(v) ? m.namedAtStart(v) : null),
            MentionRule.of(
                    "object-after-cue", (m, v) -> !m.participle(v) && m.wordsFirst(v) ? m.objectAfterCue(v) : null),
            MentionRule.of("name-after-cue", (m, v) -> !m.participle(v) && m.wordsFirst(v) ? m.nameAfterCue(v) : null),
            MentionRule.of("clause-subject", (m, v) -> m.clauseSubject(v)));

    /** Relations through which a cue without a subject of its own stands in a larger clause. */
    private static final Set<String> WITHIN_CLAUSE = Set.of(
            Relations.CASE,
            Relations.MARK,
            Relations.OBL,
            Relations.NMOD,
            Relations.OBJ,
            Relations.IOBJ,
            Relations.XCOMP,
            Relations.COMPOUND,
            Relations.AMOD,
            Relations.ACL,
            "fixed");

    /** Relations up through which a clause stands in what a verb of speaking says. */
    private static final Set<String> WITHIN_REPORT = Set.of(
            Relations.CCOMP,
            Relations.OBJ,
            Relations.NMOD,
            Relations.OBL,
            Relations.ACL,
            Relations.ACL_RELCL,
            Relations.CONJ);
    /** Relations that tie a phrase to a clause or a phrase beside it, not to its own head noun. */
    private static final Set<String> PHRASE_ENDS =
            Set.of(Relations.APPOS, Relations.CONJ, Relations.ADVCL, Relations.PARATAXIS, Relations.CCOMP);

    /** Most steps up from a joined verb of speaking to the verb whose report holds it. */
    private static final int JOINED_REACH = 4;

    private static final CueLexicon CUES = CueLexicon.standard();
    /** Verbs whose subject receives what is said ("faced criticism", "drew praise"). */
    static final Set<String> RECEIVED = Set.copyOf(WordList.lines("received.txt"));

    private final Dependencies deps;
    private final List<MentionRule> rules;

    /**
     * @param deps the article's trees, with its quotations
     * @param rules which rules run
     */
    SpeakerMentions(Dependencies deps, Rules rules) {
        this.deps = deps;
        this.rules = rules.select(RULES);
    }

    /**
     * The speaker's mention for a verb: its subject (for a relative clause, "X, who said", the
     * relative pronoun); for a participle or an infinitive without a subject ("..., saying that"),
     * the subject of the verb it hangs on.
     *
     * @return [first, one past last] token of the mention, or null where there is none
     */
    int[] subjectOf(int verb) {
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            int s = deps.nearestChild(v, Relations.NSUBJ);
            if (s >= 0 && deps.quoted(s)) {
                // The parser took quoted words for the subject ("...a cynical place," said Tim Hess);
                // a second subject outside the marks is the speaker ("My hope," he said, "is ...").
                s = unquotedSubject(v);
                if (s < 0) {
                    return null;
                }
            }
            if (s >= 0 && (!deps.token(s).relation().startsWith(Relations.NSUBJ_PASS) || !passive(v))) {
                // A relative pronoun ("X, who said") is the mention, as attribution corpora mark it. A
                // "passive" subject without a passive auxiliary is the parser's slip ("McAdam said").
                return mention(s);
            }
            if (s >= 0) {
                return null;
            }
            String rel = deps.token(v).relation();
            if (rel.startsWith(Relations.ACL)
                    && !rel.equals(Relations.ACL_RELCL)
                    && deps.token(v).head() >= 0) {
                // "a statement from X saying that": the head noun's own modifiers hold no subject.
                return null;
            }
            if (!INHERITS_SUBJECT.contains(rel.split(":")[0])) {
                return null;
            }
            v = deps.token(v).head();
        }
        return null;
    }

    /**
     * A subject the parser ran into the phrase that opens the sentence ("During a meeting with Mr Liu,
     * Opposition leader Peter Dutton and his spokesman, Simon Birmingham, reprimanded the official and
     * told him that ..."): where the clause of the cue has no subject, and the words after the opening
     * phrase's first comma hang on words before it as a conjunct or an apposition and run up to the
     * verb, those words.
     *
     * @return [first, one past last] token of the mention, or null where this does not apply
     */
    int[] subjectInOpening(int verb) {
        int v = verb;
        while (!hasSubject(v)
                && deps.token(v).relation().equals(Relations.CONJ)
                && deps.token(v).head() < v) {
            v = deps.token(v).head();
        }
        if (hasSubject(v) || !deps.token(v).isFinite()) {
            return null;
        }
        int first = deps.doc().sentences().get(deps.token(v).sentence()).first();
        for (int o : deps.children(v)) {
            int[] r = deps.subtree(o);
            String rel = Relations.universal(deps.token(o).relation());
            if (o > v || r[0] != first || !(rel.equals(Relations.OBL) || rel.equals(Relations.ADVCL))) {
                continue;
            }
            if (r[1] != v && !(r[1] == v - 1 && deps.isPunct(v - 1))) {
                return null;
            }
            int end = r[1];
            while (end > r[0] && deps.isPunct(end - 1)) {
                end--;
            }
            for (int c = r[0] + 1; c < end; c++) {
                if (deps.token(c).word().equals(",")) {
                    return glued(c, end) ? new int[] {c + 1, end} : null;
                }
            }
        }
        return null;
    }

    /** @return whether the words after the comma hang on a word before it as a conjunct or apposition */
    private boolean glued(int comma, int end) {
        boolean named = false;
        boolean hung = false;
        for (int i = comma + 1; i < end; i++) {
            Token t = deps.token(i);
            named |= t.pos().startsWith("NNP");
            if (t.head() >= comma || deps.isPunct(i)) {
                continue;
            }
            String rel = Relations.universal(t.relation());
            if (!rel.equals(Relations.CONJ) && !rel.equals(Relations.APPOS)) {
                return false;
            }
            hung = true;
        }
        return named && hung;
    }

    private boolean hasSubject(int v) {
        return deps.child(v, Relations.NSUBJ, Relations.CSUBJ, Relations.EXPL) >= 0;
    }

    /**
     * A verb of speaking joined, without a subject of its own, to a clause of what was said ("said the
     * offence was old and added: ...", "stressed her support of the raid that killed ... and said"):
     * the parser joined it to the wrong verb, and its speaker is the reporter of the clause it hangs in.
     *
     * @return [first, one past last] token of the reporter's mention, or null where this does not apply
     */
    int[] reporterOfJoined(int verb) {
        if (!deps.token(verb).relation().equals(Relations.CONJ) || deps.child(verb, Relations.NSUBJ) >= 0) {
            return null;
        }
        int v = deps.token(verb).head();
        if (v < 0
                || !misjoined(verb, v) && (CUES.reliability(deps.token(v)) >= CueLexicon.CLAUSE || !thingSubject(v))) {
            // "the man fled and told officers ...": who did the first thing may well say the second.
            return null;
        }
        for (int depth = 0; depth < JOINED_REACH && v >= 0; depth++) {
            Token t = deps.token(v);
            if (!WITHIN_REPORT.contains(t.relation()) || t.head() < 0) {
                return null;
            }
            v = t.head();
            if (deps.token(v).isVerb() && CUES.reliability(deps.token(v)) >= CueLexicon.CLAUSE) {
                return subjectOf(v);
            }
        }
        return null;
    }

    /**
     * A finite verb joined to one under a modal ("said that the country would declare ... and
     * suggested that"): the two cannot share that subject, so the parser joined the second to the
     * wrong verb (in PolNeAR train, where such a verb is a cue, its source is the subject higher up 4
     * times of 5, never the modal verb's).
     */
    private boolean misjoined(int verb, int head) {
        Token h = deps.token(head);
        return deps.token(verb).isFinite()
                && deps.child(verb, Relations.AUX) < 0
                && h.pos().equals("VB")
                && Arrays.stream(deps.children(head))
                        .anyMatch(c -> deps.token(c).pos().equals("MD"));
    }

    /** Whether the clause's subject is a thing, which says nothing ("the offence was old", "the raid that killed"). */
    private boolean thingSubject(int clause) {
        int s = deps.child(clause, Relations.NSUBJ);
        if (s < 0) {
            return false;
        }
        Token t = deps.token(s);
        if (t.pos().equals("WDT") && deps.token(clause).head() >= 0) {
            // "that" or "which": the noun the relative clause tells of
            t = deps.token(deps.token(clause).head());
        }
        return t.pos().startsWith("NN")
                && !t.pos().startsWith("NNP")
                && t.ner().equals("O")
                && Animacy.of(t.lemma()) == Animacy.Kind.INANIMATE;
    }

    /**
     * A cue that heads no clause with a subject ("bristled at the questions about", "a voice in support
     * of", "a tour to talk about"): the subject of the clause it stands in, reached up through the words
     * that govern it; never past a clause of its own (a complement, a relative clause) or a passive.
     *
     * @return [first, one past last] token of the mention, or null where there is none
     */
    int[] clauseSubject(int cue) {
        int v = cue;
        for (int depth = 0; depth < 5; depth++) {
            String rel = deps.token(v).relation();
            int head = deps.token(v).head();
            if (head < 0 || rel.equals(Relations.ACL_RELCL) || !WITHIN_CLAUSE.contains(Relations.universal(rel))) {
                return null;
            }
            v = head;
            if (RECEIVED.contains(deps.token(v).lemma().toLowerCase(Locale.ROOT))) {
                // "has faced sharp criticism for ...": who is criticised, not who criticises
                return null;
            }
            int s = unquotedSubject(v);
            if (s >= 0) {
                boolean passive = deps.token(s).relation().startsWith(Relations.NSUBJ_PASS) && passive(v);
                return passive || deps.quoted(v) ? null : mention(s);
            }
        }
        return null;
    }

    /**
     * A participle after a comma that the parser could not place, inside what someone reports ("Perdue
     * said he didn't believe those characterizations did Romney in, arguing that ..."): the reporter's
     * mention, the subject of the outermost verb whose clause holds it.
     */
    int[] reporterOfParticiple(int verb) {
        if (!participle(verb)
                || verb == 0
                || !deps.token(verb - 1).word().equals(",")
                || !PARTICIPLE_HUNG.contains(deps.token(verb).relation())) {
            return null;
        }
        int reporter = -1;
        int v = deps.token(verb).head();
        for (int depth = 0; depth < 8 && v >= 0; depth++) {
            int head = deps.token(v).head();
            if (head >= 0 && !deps.quoted(head) && deps.token(v).relation().equals(Relations.CCOMP)) {
                reporter = head;
            }
            v = head;
        }
        return reporter < 0 ? null : subjectOf(reporter);
    }

    /**
     * The name a participle hangs on, before it ("House Speaker Paul Ryan, despite admitting that ..."),
     * where the parser made the participle part of the name's phrase: a person or organisation acting.
     */
    int[] namedHead(int verb) {
        int head = deps.token(verb).head();
        if (head < 0
                || head > verb
                || deps.token(head).sentence() != deps.token(verb).sentence()) {
            return null;
        }
        Token h = deps.token(head);
        boolean named = h.pos().startsWith("NNP")
                && (h.ner().equals("PERSON") || h.ner().equals("ORGANIZATION"));
        if (!named || deps.quoted(head)) {
            return null;
        }
        // The name's phrase now holds the participle: keep what stands before it ("..., despite").
        int[] m = mention(head);
        m[1] = Math.min(m[1], deps.subtree(verb)[0]);
        while (m[1] - 1 > head
                && (deps.isPunct(m[1] - 1) || deps.token(m[1] - 1).pos().equals("IN"))) {
            m[1]--;
        }
        return m;
    }

    /**
     * A participle cue the parser hung on the wrong word ("Cooper called for the videos, saying
     * that ..."): the subject of the nearest verb before it in the sentence, outside quotation marks.
     */
    int[] earlierSubject(int verb) {
        int sentence = deps.token(verb).sentence();
        for (int k = verb - 1; k >= 0 && deps.token(k).sentence() == sentence; k--) {
            if (!deps.token(k).isVerb() || deps.quoted(k)) {
                continue;
            }
            int s = unquotedSubject(k);
            if (s >= 0 && s < k) {
                return deps.token(s).relation().startsWith(Relations.NSUBJ_PASS) ? null : deps.subtree(s);
            }
        }
        return null;
    }

    /**
     * For a verb of speaking the parser took for an auxiliary ("high school administrators decided she
     * should ..."), the noun phrase that ends right before it.
     *
     * @return [first, one past last] token of the mention, or null where this does not apply
     */
    int[] beforeMisreadAuxiliary(int verb) {
        if (!MisreadAuxiliary.misread(deps, verb)) {
            return null;
        }
        int sentence = deps.token(verb).sentence();
        int t = verb - 1;
        if (t >= 0 && deps.token(t).word().equals(",")) {
            t--;
        }
        if (t < 0 || deps.token(t).sentence() != sentence || deps.quoted(t)) {
            return null;
        }
        // Up from the phrase's last word to its head, while the head's phrase still ends before the verb.
        while (!PHRASE_ENDS.contains(deps.token(t).relation())) {
            int h = deps.token(t).head();
            if (h < 0 || h >= verb || deps.subtree(h)[1] > verb) {
                break;
            }
            t = h;
        }
        int[] r = mention(t);
        r[1] = Math.min(r[1], verb);
        while (r[1] > r[0] + 1 && deps.isPunct(r[1] - 1)) {
            r[1]--;
        }
        while (r[0] < r[1] - 1
                && (deps.isPunct(r[0])
                        || deps.token(r[0]).relation().equals(Relations.CC)
                        || deps.token(r[0]).relation().equals(Relations.MARK))) {
            r[0]++;
        }
        // The parser may have made the noun the subject of a participle ("A witness interviewed by ...").
        for (int i = r[0]; i < r[1]; i++) {
            String pos = deps.token(i).pos();
            if (pos.startsWith("NN") || pos.equals("PRP")) {
                return r;
            }
        }
        return null;
    }

    /**
     * The subtree of a mention's head, cut at the quotation marks around it: the parser sometimes hangs
     * quoted words on the speaker's name.
     */
    private int[] mention(int head) {
        int[] r = deps.subtree(head);
        for (int c : deps.children(head)) {
            // "said the coach, admitting that ...": the participle reports something of its own.
            Token t = deps.token(c);
            if (c > head + 1
                    && t.pos().equals("VBG")
                    && t.relation().equals(Relations.ACL)
                    && deps.token(c - 1).word().equals(",")
                    && CUES.reliability(t) >= CueLexicon.CLAUSE) {
                r[1] = Math.min(r[1], c - 1);
            }
        }
        for (int i = head - 1; i >= r[0]; i--) {
            if (deps.quoted(i)) {
                r[0] = i + 1;
                break;
            }
        }
        for (int i = head + 1; i < r[1]; i++) {
            if (deps.quoted(i)) {
                r[1] = i;
                break;
            }
        }
        return r;
    }

    /** @return whether the verb has a passive auxiliary outside quotation marks */
    private boolean passive(int verb) {
        for (int c : deps.children(verb)) {
            if (deps.token(c).relation().equals(Relations.AUX_PASS) && !deps.quoted(c)) {
                return true;
            }
        }
        return false;
    }

    private int unquotedSubject(int verb) {
        for (int c : deps.children(verb)) {
            if (deps.token(c).relation().startsWith(Relations.NSUBJ) && !deps.quoted(c)) {
                return c;
            }
        }
        return -1;
    }

    /** A speaker's mention and the rule that found it. */
    record Found(int[] tokens, String rule) {}

    /**
     * The speaker's mention for a cue verb, from the first rule that finds one: its subject (see
     * {@link #subjectOf}); the words between a closing quotation mark and the verb; for a participle,
     * the subject of the verb before it; a name that opens the sentence before a relative clause;
     * where the words come first and the speaker after the verb ("...," said 9/11 widow Terry
     * Strada), the noun after the verb that the parser took for an object or a complement, else the
     * name or description right after the verb. The later ones mend sentences the parser got wrong.
     *
     * @return the mention and its rule, or null where there is none
     */
    Found speakerOf(int verb) {
        return speakerOf(verb, m -> true);
    }

    /**
     * @param verb the cue word
     * @param allowed whether a mention ([first, one past last] token) may be the speaker's; where a
     *     rule's is not, the next rule looks
     * @return the mention and its rule, or null where there is none
     */
    Found speakerOf(int verb, Predicate<int[]> allowed) {
        for (MentionRule r : rules) {
            int[] m = r.find(this, verb);
            if (m != null && allowed.test(m)) {
                return new Found(m, r.name());
            }
        }
        return null;
    }

    /** @return whether the verb is a participle ("..., saying that"), whose speaker only the verb before it gives */
    boolean participle(int verb) {
        return deps.token(verb).pos().equals("VBG");
    }

    /** @return whether the words come before the cue ("...," said X; "The economy," X said, "...") */
    boolean wordsFirst(int verb) {
        return verb > 0 && deps.isPunct(verb - 1) || contentBefore(verb);
    }

    /** The noun after the cue that the parser took for its object or complement ("...," said Terry Strada). */
    int[] objectAfterCue(int verb) {
        for (int c : deps.children(verb)) {
            String rel = Relations.universal(deps.token(c).relation());
            // A first name the tagger took for a verb ("said Skip Rutherford") still starts with a capital.
            boolean capital =
                    c == verb + 1 && Character.isUpperCase(deps.token(c).word().charAt(0));
            if (c > verb
                    && (deps.token(c).isNoun() || deps.token(c).pos().equals("PRP") || capital)
                    && (rel.equals(Relations.OBJ)
                            || rel.equals(Relations.XCOMP)
                            || rel.equals(Relations.DEP)
                            || rel.equals(Relations.NSUBJ))) {
                return mention(c);
            }
        }
        return null;
    }

    /**
     * The name, description or pronoun right after a cue that follows the words ("...," said Borges,
     * who ...; "...," said Republican consultant Chris Russell), where the parser hung it elsewhere.
     */
    int[] nameAfterCue(int verb) {
        int sentence = deps.token(verb).sentence();
        int n = deps.doc().tokens().size();
        int end = verb + 1;
        if (end < n
                && deps.token(end).sentence() == sentence
                && deps.token(end).pos().equals("PRP")) {
            return new int[] {end, end + 1};
        }
        while (end < n
                && end - verb <= NAME_AFTER
                && deps.token(end).sentence() == sentence
                && !deps.quoted(end)
                && NOUN_PHRASE.contains(deps.token(end).pos())) {
            end++;
        }
        while (end > verb + 1 && !deps.token(end - 1).isNoun()) {
            end--;
        }
        return end > verb + 1 ? new int[] {verb + 1, end} : null;
    }

    /**
     * The name that opens the sentence before a relative clause ("Trump, who campaigned there this
     * week, tweeted ..."), where the parser lost the cue's subject.
     */
    int[] namedAtStart(int verb) {
        int first = deps.doc().sentences().get(deps.token(verb).sentence()).first();
        int end = first;
        while (end < verb && deps.token(end).pos().startsWith("NNP") && !deps.quoted(end)) {
            end++;
        }
        if (end == first
                || end + 2 >= verb
                || !deps.token(end).word().equals(",")
                || !deps.token(end + 1).pos().startsWith("W")
                || !deps.token(verb - 1).word().equals(",")) {
            return null;
        }
        return new int[] {first, end};
    }

    /**
     * The words between a closing quotation mark and the cue verb ("...,” Flynn, a top
     * surrogate, said"), where the parser hung the name on the quotation: a noun phrase with no verb.
     *
     * @return [first, one past last] token of the mention, or null
     */
    int[] nameAfterQuote(int verb) {
        int sentence = deps.token(verb).sentence();
        int k = verb - 1;
        while (k >= 0 && verb - k <= NAME_REACH && deps.token(k).sentence() == sentence && !deps.quoted(k)) {
            if (deps.token(k).isVerb() && !inDescription(k)) {
                return null;
            }
            k--;
        }
        if (k < 0 || !deps.quoted(k) || deps.token(k).sentence() != sentence) {
            return null;
        }
        int first = k + 1;
        int last = verb;
        while (first < last && deps.isPunct(first)) {
            first++;
        }
        while (last > first && deps.isPunct(last - 1)) {
            last--;
        }
        if (first == last
                || !(deps.token(first).isNoun()
                        || deps.token(first).pos().equals("PRP")
                        || deps.token(first).pos().equals("DT"))) {
            return null;
        }
        return new int[] {first, last};
    }

    /**
     * A verb that may stand in a description of the speaker ("Robert McDuff, attorney for one of the
     * groups to file suit, said"; "X, who has known him for decades, said"): an infinitive, a
     * participle, or a verb right after "who".
     */
    private boolean inDescription(int k) {
        String pos = deps.token(k).pos();
        if (pos.equals("VBN")
                || pos.equals("VBG")
                || pos.equals("VB") && k > 0 && deps.token(k - 1).pos().equals("TO")) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (deps.token(j).word().equalsIgnoreCase("who")) {
                return true;
            }
        }
        return false;
    }

    private boolean contentBefore(int verb) {
        for (int c : deps.children(verb)) {
            String rel = deps.token(c).relation();
            if (c < verb && (rel.equals(Relations.CCOMP) || rel.equals(Relations.PARATAXIS))) {
                return true;
            }
        }
        return false;
    }
}
