package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.whosaid.extract.Channels;
import org.whosaid.extract.ContentBoundaries;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.pipeline.StatementAdder;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * The statements the token tagger finds: each paragraph tagged (source, cue, content), the tags
 * decoded into statements, their content lined up with the quotation marks. The rules' finds are
 * among the tagger's features, and they stay: only statements that share no word with them are added.
 * Thread safe.
 */
public final class LearnedStatements implements StatementAdder {

    /** The rule name of the statements the tagger finds. */
    public static final String RULE = "learned-tagger";

    private final Perceptron tagger;
    private final TokenFeatures features;
    private final boolean readsRules;
    private final boolean keepsOverlaps;
    private final QuoteScanner scanner = new QuoteScanner();
    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final Channels channels = new Channels();

    /**
     * @param tagger the trained tagger
     * @param lexicon the cue words its features read
     * @param readsRules whether the tagger was trained with the rules' finds among its features
     * @param keepsOverlaps whether to return statements that overlap the rules' too (to measure the
     *     tagger alone)
     */
    public LearnedStatements(Perceptron tagger, CueLexicon lexicon, boolean readsRules, boolean keepsOverlaps) {
        this.tagger = tagger;
        this.features = new TokenFeatures(lexicon);
        this.readsRules = readsRules;
        this.keepsOverlaps = keepsOverlaps;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Statement> add(Parsed doc, List<Statement> found) {
        List<Quotation> quotes = scanner.scan(doc.text());
        Tag[] tags = tags(doc, quotes, found);
        List<Statement> learned = boundaries.apply(doc.text(), quotes, TagDecoder.decode(doc, tags));
        List<Statement> out = new ArrayList<>();
        for (Statement s : learned) {
            if (keepsOverlaps || found.stream().noneMatch(f -> clashes(s, f))) {
                out.add(s);
            }
        }
        return channels.apply(doc, out);
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

    private static boolean clashes(Statement a, Statement b) {
        for (Span x : a.content()) {
            for (Span y : b.content()) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
            if (b.cue() != null && x.overlaps(b.cue())) {
                return true;
            }
        }
        for (Span y : b.content()) {
            if (a.cue() != null && y.overlaps(a.cue())) {
                return true;
            }
        }
        return false;
    }
}
