package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Finds "subject + cue verb + complement" statements through the dependency tree: "X said (that) ...",
 * "X told Y that ...", "X wants Y to ...", "..., X said, ..." (a parenthetical cue), "X, who argued
 * that ...", "..., saying that ...". The cue verbs and how reliable each is come from the
 * {@link CueLexicon}; what was said, from the first {@link Complement} that applies; the speaker's
 * mention, from {@link SpeakerMentions}. Kinds are left {@code INDIRECT}; quotation marks are looked
 * at later.
 */
public final class ReportedSpeech implements FindingRule {

    private static final Set<String> NOT_CUES =
            Set.of(Relations.AUX, Relations.COP, Relations.AUX_PASS, Relations.AMOD, Relations.COMPOUND);
    /** The ways of reading what was said off the tree, in their standard order. */
    private static final List<Complement> COMPLEMENTS = List.of(
            new AnswerComplement(),
            new ClauseComplement(),
            new ParentheticalComplement(),
            new TrailingComplement(),
            new InfinitiveComplement(),
            new ParataxisComplement(),
            new ObjectComplement(),
            new MisreadAuxiliary());

    @Override
    public String name() {
        return "reported";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        return FindingRule.adding(found, find(draft));
    }

    /**
     * @param draft the article, with its quotations: a cue inside one belongs to the quoted speaker's own words
     * @return the statements found
     */
    List<Statement> find(Draft draft) {
        Dependencies deps = draft.deps();
        List<Quotation> quotes = draft.quotes();
        List<Complement> complements = draft.rules().select(COMPLEMENTS);
        List<Statement> out = new ArrayList<>();
        SpeakerMentions speakers = new SpeakerMentions(deps, draft.rules());
        int q = 0;
        for (Token verb : deps.doc().tokens()) {
            while (q < quotes.size() && quotes.get(q).end() <= verb.start()) {
                q++;
            }
            if (!verb.isVerb()
                    || NOT_CUES.contains(verb.relation()) && !MisreadAuxiliary.misread(deps, verb.index())
                    || q < quotes.size() && quotes.get(q).covers(verb.start())) {
                continue;
            }
            double reliability = draft.lexicon().reliability(verb);
            if (reliability < CueLexicon.CLAUSE) {
                continue;
            }
            Statement s = statement(deps, speakers, complements, verb, reliability, draft.lexicon());
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Statement statement(
            Dependencies deps,
            SpeakerMentions speakers,
            List<Complement> complements,
            Token verb,
            double reliability,
            CueLexicon lexicon) {
        int v = verb.index();
        List<int[]> content = null;
        String rule = null;
        for (Complement c : complements) {
            content = c.content(deps, v, reliability, lexicon);
            if (content != null) {
                rule = c.name();
                break;
            }
        }
        if (content == null) {
            return null;
        }
        SpeakerMentions.Found mention = speakers.speakerOf(v);
        int[] subject = mention == null ? null : mention.tokens();
        int object = objectAfter(deps, v);
        if (subject != null
                && speakers.wordsFirst(v)
                && content.size() == 1
                && object >= subject[0]
                && object < subject[1]
                && content.get(0)[0] <= object
                && object < content.get(0)[1]) {
            // "...," said the coach, adding that ...: the object is who spoke, not what was said.
            return null;
        }
        List<Span> spans = new ArrayList<>();
        String text = deps.doc().text();
        for (int[] r : content) {
            int a = r[0];
            // A second report joined to what was said is a statement of its own.
            int b = ChainedReports.end(deps.doc(), a, r[1], lexicon);
            // Nor is the predicate of the sentence around the report.
            b = StrayPredicates.end(deps, v, a, b);
            // Keep the speaker's own words out of what was said.
            if (subject != null && a < subject[1] && subject[0] < b) {
                if (subject[0] <= a) {
                    a = subject[1];
                } else {
                    b = subject[0];
                }
            }
            if (a < b) {
                spans.add(Span.of(text, deps.token(a).start(), deps.token(b - 1).end()));
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        Span source = subject == null ? null : deps.span(subject);
        return new Statement(Kind.INDIRECT, null, cueSpan(deps, verb), spans, null, verb.sentence(), rule)
                .withSource(source, mention == null ? null : mention.rule());
    }

    /** @return the verb's first object after it ("who he called a liar" has one before), or -1 */
    static int objectAfter(Dependencies deps, int verb) {
        for (String r : new String[] {Relations.OBJ, Relations.IOBJ}) {
            for (int c : deps.children(verb)) {
                if (c > verb && deps.token(c).relation().equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The cue verb with a particle right after it ("pointed out"). */
    static Span cueSpan(Dependencies deps, Token verb) {
        int end = verb.end();
        int prt = deps.child(verb.index(), Relations.COMPOUND_PRT);
        if (prt == verb.index() + 1) {
            end = deps.token(prt).end();
        }
        return Span.of(deps.doc().text(), verb.start(), end);
    }
}
