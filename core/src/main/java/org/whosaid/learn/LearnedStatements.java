package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.whosaid.extract.AnsweredProposals;
import org.whosaid.extract.Channels;
import org.whosaid.extract.ContentBoundaries;
import org.whosaid.extract.Continuations;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.CueSpeakers;
import org.whosaid.extract.Inquiries;
import org.whosaid.extract.Quotation;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.pipeline.StatementReview;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

/**
 * The statements the token tagger finds, and the choice between them and the rules': each paragraph
 * tagged (source, cue, content), the tags decoded into statements, their content lined up with the
 * quotation marks, a source found by the mention rules where the tagger found none; then the
 * selection model keeps the surest of the rules' and the tagger's statements (without one, the
 * tagger's statements are added where the rules found none). Thread safe.
 */
public final class LearnedStatements implements StatementReview {

    /** The rule name of the statements the tagger finds. */
    public static final String RULE = "learned-tagger";

    private final Perceptron tagger;
    private final Selection selection;
    private final CueLexicon lexicon;
    private final Rules rules;
    private final TokenFeatures features;
    private final boolean readsRules;
    private final boolean alone;
    private final QuoteScanner scanner = new QuoteScanner();
    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final Channels channels = new Channels();
    private final Continuations utterances = new Continuations();

    /**
     * @param tagger the trained tagger
     * @param selection chooses between the rules' statements and the tagger's, or null to add the
     *     tagger's where the rules found none
     * @param lexicon the cue words the features read
     * @param rules which mention rules find sources
     * @param alone whether to give the tagger's statements alone (to measure the tagger)
     */
    public LearnedStatements(Perceptron tagger, Selection selection, CueLexicon lexicon, Rules rules, boolean alone) {
        this.tagger = tagger;
        this.selection = selection;
        this.lexicon = lexicon;
        this.rules = rules;
        this.features = new TokenFeatures(lexicon);
        this.readsRules = !"false".equals(tagger.option(LearnedModels.READS_RULES));
        this.alone = alone;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Statement> review(Parsed doc, List<Statement> found) {
        List<Quotation> quotes = scanner.scan(doc.text());
        List<Statement> tagged = tagged(doc, quotes, found);
        if (alone) {
            return withCues(tagged);
        }
        if (selection != null) {
            List<Statement> kept = selection.select(doc, quotes, found, tagged);
            if (!rules.on(utterances.name())) {
                return kept;
            }
            // A quotation after the cue sentence is the same speaker's next utterance where the rules say
            // so; one that a statement of the rules' held, and the tagger's in its place does not, goes on
            // from it.
            kept = utterances.utterances(doc, quotes, kept, s -> RULE.equals(s.rule()));
            return utterances.resume(doc, quotes, found, kept);
        }
        List<Statement> out = new ArrayList<>(found);
        for (Statement s : withCues(tagged)) {
            if (found.stream().noneMatch(f -> s.clashes(f))) {
                out.add(s);
            }
        }
        return out;
    }

    /** The statements with a cue: content the tagger found without one is only for the selection to judge. */
    private static List<Statement> withCues(List<Statement> statements) {
        return statements.stream().filter(s -> s.cue() != null).toList();
    }

    /**
     * @param doc the parsed article
     * @param quotes its quotations
     * @param found the rules' statements
     * @return the statements the tagger finds, in text order, with content it found no cue for where
     *     the rules found nothing
     */
    List<Statement> tagged(Parsed doc, List<Quotation> quotes, List<Statement> found) {
        Tag[] tags = tags(doc, quotes, found);
        List<Statement> learned = boundaries.apply(doc.text(), quotes, TagDecoder.decode(doc, tags, lexicon, true));
        // The rules' judgement that "rebuffed his offer" is no statement holds for the tagger's too; nor
        // is an inquiry ("are looking into ...").
        AnsweredProposals proposals = AnsweredProposals.standard();
        Inquiries inquiries = Inquiries.standard();
        // Content without a cue is a candidate only where the rules found nothing.
        learned = learned.stream()
                .filter(s -> !proposals.answered(doc, s) && !inquiries.inquires(doc, s))
                .filter(s -> s.cue() != null || found.stream().noneMatch(s::clashes))
                .toList();
        return channels.apply(doc, withSources(doc, quotes, learned));
    }

    /**
     * @param doc the parsed article
     * @param quotes its quotations
     * @param found the rules' statements
     * @return the tag of each token
     */
    Tag[] tags(Parsed doc, List<Quotation> quotes, List<Statement> found) {
        String[][] f = features.of(doc, quotes, readsRules ? found : null);
        Tag[] tags = new Tag[doc.tokens().size()];
        for (int[] p : paragraphs(doc)) {
            Tag[] t = tagger.tag(Arrays.copyOfRange(f, p[0], p[1])).tags();
            System.arraycopy(t, 0, tags, p[0], t.length);
        }
        return tags;
    }

    /**
     * Where the tagger found a cue but no source, the mention rules look for one from the cue's most
     * cue-like word: the tagger sees a window of words, the rules the whole tree.
     */
    private List<Statement> withSources(Parsed doc, List<Quotation> quotes, List<Statement> statements) {
        CueSpeakers speakers = new CueSpeakers(doc, quotes, rules);
        TokenIndex index = new TokenIndex(doc);
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            if (s.cue() == null || s.source() != null) {
                out.add(s);
                continue;
            }
            int[] r = index.range(s.cue());
            int best = -1;
            double surest = -1;
            for (int i = r[0]; i < r[1]; i++) {
                double rel = lexicon.reliability(doc.tokens().get(i));
                if (rel > surest) {
                    surest = rel;
                    best = i;
                }
            }
            CueSpeakers.Mention m = best < 0 ? null : speakers.speakerOf(best, s.content());
            if (m == null || m.span().overlaps(s.cue())) {
                out.add(s);
            } else {
                out.add(s.withSource(m.span(), m.rule()));
            }
        }
        return out;
    }

    /** @return the token range [first, last) of each paragraph */
    static List<int[]> paragraphs(Parsed doc) {
        List<int[]> out = new ArrayList<>();
        int first = 0;
        int para = -1;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != para && s.first() > first) {
                out.add(new int[] {first, s.first()});
                first = s.first();
            }
            para = s.paragraph();
        }
        if (doc.tokens().size() > first) {
            out.add(new int[] {first, doc.tokens().size()});
        }
        return out;
    }
}
