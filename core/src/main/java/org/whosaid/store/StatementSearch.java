package org.whosaid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Translates a {@link StatementQuery} into a Lucene query and the order of its results. */
final class StatementSearch {

    private StatementSearch() {}

    /**
     * @param q the statement query
     * @return the Lucene query: every given criterion must hold
     */
    static Query query(StatementQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.TYPE, Fields.STATEMENT)), Occur.FILTER);
        if (hasText(q.text())) {
            SimpleQueryParser parser = new SimpleQueryParser(Fields.ENGLISH, Fields.CONTENT);
            parser.setDefaultOperator(Occur.MUST);
            b.add(parser.parse(q.text()), Occur.MUST);
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
            int first = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int last = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            b.add(
                    first > last
                            ? new MatchNoDocsQuery("empty period")
                            : IntRange.newIntersectsQuery(Fields.PERIOD, new int[] {first}, new int[] {last}),
                    Occur.FILTER);
        }
        return b.build();
    }

    /**
     * @param q the statement query
     * @return by relevance where the query has text, then newest first, then in text order
     */
    static Sort sort(StatementQuery q) {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        SortField article = new SortField(ArticleDocuments.ARTICLE_SORT, SortField.Type.STRING);
        SortField order = new SortField(Fields.ORDER, SortField.Type.INT);
        return hasText(q.text()) ? new Sort(SortField.FIELD_SCORE, day, article, order) : new Sort(day, article, order);
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
