package org.whosaid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Translates a {@link StatementQuery} into a Lucene query and the order of its results, and runs it.
 *
 * <p>A search costs what its page costs, not what its matches number: matches are counted exactly only
 * up to {@link SearchPage#EXACT_TOTAL_UP_TO}; past that, relevance ranking skips the blocks of
 * documents that cannot reach the page, and newest-first lists stop early, since a store of the
 * current format keeps its statements in that order on disk ({@link #INDEX_SORT}).
 */
final class StatementSearch {

    /** The order of statements on disk (format 2), also the order of searches without words. */
    static final Sort INDEX_SORT = newestFirst();

    private StatementSearch() {}

    /**
     * @param searcher a searcher of the store
     * @param q the statement query
     * @param sortedByDay whether the index is kept in {@link #INDEX_SORT} order (format 2)
     * @return the page of results the query asks for
     * @throws IOException where the index cannot be read
     */
    static SearchPage<StatementHit> run(IndexSearcher searcher, StatementQuery q, boolean sortedByDay)
            throws IOException {
        boolean scored = hasText(q.text());
        Cursor after = q.after() == null ? null : Cursor.parse(q.after(), scored);
        int position = after == null ? q.offset() : after.position();
        int size = Math.max(1, q.offset() + q.limit());
        Query query = query(q, sortedByDay);
        List<FieldDoc> ranked;
        TotalHits totalHits;
        if (scored && sortedByDay) {
            RankedByRelevance collector = new RankedByRelevance(size, after);
            searcher.search(query, collector);
            ranked = collector.results();
            totalHits = collector.totalHits();
        } else {
            TopFieldDocs top = searcher.search(
                    query,
                    new TopFieldCollectorManager(
                            sort(q), size, after == null ? null : after.fieldDoc(), SearchPage.EXACT_TOTAL_UP_TO));
            ranked = new ArrayList<>();
            for (var sd : top.scoreDocs) {
                ranked.add((FieldDoc) sd);
            }
            totalHits = top.totalHits;
        }
        List<StatementHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        FieldDoc last = null;
        for (int i = q.offset(); i < ranked.size() && hits.size() < q.limit(); i++) {
            FieldDoc fd = ranked.get(i);
            StatementHit h = Json.read(stored.document(fd.doc).get(Fields.JSON), StatementHit.class);
            hits.add(scored ? h.withScore((Float) fd.fields[0]) : h);
            last = fd;
        }
        boolean exact = totalHits.relation == TotalHits.Relation.EQUAL_TO;
        long total = totalHits.value;
        int end = position + hits.size();
        boolean more = exact ? end < total : hits.size() == q.limit();
        String next = more && last != null ? Cursor.after(end, scored, last).toString() : null;
        return new SearchPage<>(hits, total, exact, position, q.limit(), next);
    }

    /**
     * @param q the statement query
     * @param sortedByDay whether the index is kept in {@link #INDEX_SORT} order (format 2)
     * @return the Lucene query: every given criterion must hold
     */
    static Query query(StatementQuery q, boolean sortedByDay) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (hasText(q.text())) {
            // Only statements have content, so words need no filter by type; and such a filter, joined
            // to a disjunction with a phrase, keeps Lucene from skipping what cannot reach the page.
            SimpleQueryParser parser = new SimpleQueryParser(Fields.ENGLISH, Fields.CONTENT);
            parser.setDefaultOperator(Occur.MUST);
            b.add(parser.parse(q.text()), Occur.MUST);
        } else {
            b.add(new TermQuery(new Term(Fields.TYPE, Fields.STATEMENT)), Occur.FILTER);
        }
        if (hasText(q.speaker())) {
            b.add(allWords(Fields.SPEAKER_NAMES, q.speaker()), Occur.FILTER);
        }
        if (hasText(q.speakerId())) {
            b.add(new TermQuery(new Term(Fields.SPEAKER_ID, q.speakerId())), Occur.FILTER);
        }
        if (hasText(q.about())) {
            b.add(allWords(Fields.ABOUT_NAMES, q.about()), Occur.FILTER);
        }
        if (hasText(q.aboutId())) {
            b.add(new TermQuery(new Term(Fields.ABOUT_ID, q.aboutId())), Occur.FILTER);
        }
        if (hasText(q.outlet())) {
            b.add(allWords(Fields.OUTLET, q.outlet()), Occur.FILTER);
        }
        if (hasText(q.articleId())) {
            b.add(new TermQuery(new Term(Fields.ARTICLE_ID, q.articleId())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(period(q.from(), q.to(), sortedByDay), Occur.FILTER);
        }
        if (q.minConfidence() != null) {
            b.add(
                    DoubleField.newRangeQuery(Fields.CONFIDENCE, q.minConfidence(), Double.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Statements whose effective date meets a period. In a store sorted by day, a statement dated to
     * the day meets it where its day lies within, which is a run of neighbouring documents found by
     * binary search; only statements dated to a month or a year need the range of days they cover.
     */
    private static Query period(LocalDate from, LocalDate to, boolean sortedByDay) {
        int first = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
        int last = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
        if (first > last) {
            return new MatchNoDocsQuery("empty period");
        }
        Query covering = IntRange.newIntersectsQuery(Fields.PERIOD, new int[] {first}, new int[] {last});
        if (!sortedByDay) {
            return covering;
        }
        Query byDay = new IndexSortSortedNumericDocValuesRangeQuery(
                Fields.DAY, first, last, NumericDocValuesField.newSlowRangeQuery(Fields.DAY, first, last));
        Query longer = IntRange.newIntersectsQuery(Fields.LONG_PERIOD, new int[] {first}, new int[] {last});
        return new BooleanQuery.Builder()
                .add(byDay, Occur.SHOULD)
                .add(longer, Occur.SHOULD)
                .build();
    }

    /**
     * @param q the statement query
     * @return by relevance where the query has text, then newest first, then in text order
     */
    static Sort sort(StatementQuery q) {
        if (!hasText(q.text())) {
            return INDEX_SORT;
        }
        SortField[] order = new SortField[INDEX_SORT.getSort().length + 1];
        order[0] = SortField.FIELD_SCORE;
        System.arraycopy(INDEX_SORT.getSort(), 0, order, 1, INDEX_SORT.getSort().length);
        return new Sort(order);
    }

    private static Sort newestFirst() {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        SortField article = new SortField(ArticleDocuments.ARTICLE_SORT, SortField.Type.STRING);
        SortField order = new SortField(Fields.ORDER, SortField.Type.INT);
        return new Sort(day, article, order);
    }

    /**
     * A name criterion: every word of the name (honorifics before it set aside) must occur in the
     * field; a name without words matches nothing.
     *
     * @param field a name field
     * @param name the name asked for
     * @return the query
     */
    static Query allWords(String field, String name) {
        List<String> words = analyze(name);
        while (words.size() > 1 && NameKey.isHonorific(words.get(0))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no words in '" + name + "'");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(new TermQuery(new Term(field, w)), Occur.FILTER));
        return b.build();
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = Fields.NAMES.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
