package org.whosaid.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.whosaid.eval.CodePoints;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Quotation;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.extract.Statements;
import org.whosaid.nlp.Parsed;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

/**
 * Trains the token tagger on gold articles: each paragraph a sequence, each token tagged with the role
 * it has in a gold statement, the rules' finds among the features where wanted.
 */
public final class TaggerTraining {

    /** Passes over the training data. */
    static final int EPOCHS = 30;
    /** Fewest tokens a feature must occur with. */
    static final int MIN_COUNT = 3;

    private final Corpus corpus;
    private final TokenFeatures features;
    private final List<String> names;
    private final List<List<Quotation>> quotes = new ArrayList<>();
    private final List<List<Statement>> rules = new ArrayList<>();
    private final List<Tag[]> gold = new ArrayList<>();

    /**
     * @param corpus the gold articles with their parses
     * @param lexicon the cue words
     */
    public TaggerTraining(Corpus corpus, CueLexicon lexicon) {
        this.corpus = corpus;
        this.features = new TokenFeatures(lexicon);
        this.names = corpus.names();
        QuoteScanner scanner = new QuoteScanner();
        Statements finder = new Statements(lexicon, Rules.standard());
        for (String name : names) {
            Parsed doc = corpus.parsed().get(name);
            quotes.add(scanner.scan(doc.text()));
            rules.add(finder.find(doc));
            gold.add(GoldTags.of(
                    doc, new CodePoints(doc.text()), corpus.gold().gold().get(name)));
        }
    }

    /**
     * @param readsRules whether the rules' finds are among the features
     * @param folds the number of folds
     * @param heldOut the fold left out, or -1 to learn from every article
     * @param seed the seed of the order sequences are visited in
     * @return the tagger
     */
    public Perceptron train(boolean readsRules, int folds, int heldOut, long seed) {
        return Perceptron.train(
                sink -> {
                    for (int i = 0; i < names.size(); i++) {
                        if (heldOut >= 0 && i % folds == heldOut) {
                            continue;
                        }
                        Parsed doc = corpus.parsed().get(names.get(i));
                        String[][] f = features.of(doc, quotes.get(i), readsRules ? rules.get(i) : null);
                        Tag[] t = gold.get(i);
                        for (int[] p : LearnedStatements.paragraphs(doc)) {
                            sink.accept(Arrays.copyOfRange(f, p[0], p[1]), Arrays.copyOfRange(t, p[0], p[1]));
                        }
                    }
                },
                EPOCHS,
                MIN_COUNT,
                seed);
    }
}
