package org.whosaid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Collects the best statements of a search with words, in {@link StatementSearch#sort} order (relevance,
 * then newest, then article and position), in a store kept in that order on disk (format 2).
 *
 * <p>Short statements give few distinct relevance scores, so thousands of matches tie at the top and
 * the newest of them win. Lucene's relevance collector skips ties, its sorting collector cannot skip at
 * all; this one skips all it may. Within a segment documents lie in the tie-break order, so a match that
 * only ties the worst result of the page taken from the same segment cannot enter the page, and the
 * scorer may skip everything that does not beat it; a match that ties a result from another segment is
 * compared in full, and once such a tie has lost, the segment's later ties would lose too. Matches are counted exactly until {@link SearchPage#EXACT_TOTAL_UP_TO}; the count is
 * a lower bound once skipping starts.
 */
final class RankedByRelevance implements Collector {

    /** A result, with its sort values. */
    private record Candidate(float score, long day, BytesRef article, int order, int segment, int doc) {}

    /** Best first. */
    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparing(Comparator.comparingLong(Candidate::day).reversed())
            .thenComparing(Candidate::article)
            .thenComparingInt(Candidate::order);

    private final int size;
    private final Candidate after;
    /** The page so far, worst first. */
    private final PriorityQueue<Candidate> page;

    private long hits;
    private boolean skipped;

    /**
     * @param size how many results to keep
     * @param after the cursor to continue after, or null
     */
    RankedByRelevance(int size, Cursor after) {
        this.size = Math.max(1, size);
        this.after = after == null
                ? null
                : new Candidate(after.score(), after.day(), new BytesRef(after.article()), after.order(), -1, -1);
        this.page = new PriorityQueue<>(this.size + 1, ORDER.reversed());
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int segment = context.ord;
        NumericDocValues days = context.reader().getNumericDocValues(Fields.DAY);
        SortedDocValues articles = context.reader().getSortedDocValues(ArticleDocuments.ARTICLE_SORT);
        NumericDocValues orders = context.reader().getNumericDocValues(Fields.ORDER);
        return new LeafCollector() {
            private Scorable scorer;
            private float minScore;
            /**
             * Whether a match of this segment has tied the worst result and lost: every later match of
             * the segment sorts after it, so no later tie can win either.
             */
            private boolean tiesLose;

            @Override
            public void setScorer(Scorable value) throws IOException {
                scorer = value;
                minScore = 0;
                tiesLose = false;
                raiseMinScore();
            }

            @Override
            public void collect(int doc) throws IOException {
                hits++;
                float score = scorer.score();
                Candidate worst = page.size() == size ? page.peek() : null;
                if (worst != null
                        && (score < worst.score() || (score == worst.score() && worst.segment() == segment))) {
                    return;
                }
                if (after != null && score > after.score()) {
                    return;
                }
                Candidate c = new Candidate(
                        score,
                        days != null && days.advanceExact(doc) ? days.longValue() : Long.MIN_VALUE,
                        articles != null && articles.advanceExact(doc)
                                ? BytesRef.deepCopyOf(articles.lookupOrd(articles.ordValue()))
                                : new BytesRef(),
                        orders != null && orders.advanceExact(doc) ? (int) orders.longValue() : 0,
                        segment,
                        context.docBase + doc);
                if (after != null && ORDER.compare(c, after) <= 0) {
                    return;
                }
                if (worst == null) {
                    page.add(c);
                } else if (ORDER.compare(c, worst) < 0) {
                    page.poll();
                    page.add(c);
                } else if (score == worst.score()) {
                    tiesLose = true;
                }
                raiseMinScore();
            }

            /** Lets the scorer skip what cannot enter the page, once enough matches are counted. */
            private void raiseMinScore() throws IOException {
                if (page.size() < size || hits < SearchPage.EXACT_TOTAL_UP_TO) {
                    return;
                }
                Candidate worst = page.peek();
                float min = worst.segment() == segment || tiesLose ? Math.nextUp(worst.score()) : worst.score();
                if (min > minScore) {
                    scorer.setMinCompetitiveScore(min);
                    minScore = min;
                    skipped = true;
                }
            }
        };
    }

    /** @return the results, best first, as sorted documents with their sort values */
    List<FieldDoc> results() {
        List<Candidate> best = new ArrayList<>(page);
        best.sort(ORDER);
        List<FieldDoc> out = new ArrayList<>();
        for (Candidate c : best) {
            out.add(new FieldDoc(c.doc(), c.score(), new Object[] {c.score(), c.day(), c.article(), c.order()}));
        }
        return out;
    }

    /** @return how many matched: exact until skipping started, a lower bound after */
    TotalHits totalHits() {
        return new TotalHits(hits, skipped ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO);
    }
}
