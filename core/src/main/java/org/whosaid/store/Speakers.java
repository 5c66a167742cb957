package org.whosaid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.whosaid.result.Span;

/** Reads speaker records from the appearances stored for them. */
final class Speakers {

    /** Appearances read to name a speaker in a list. */
    private static final int NAMING_SAMPLE = 50;

    private Speakers() {}

    /**
     * @param searcher a searcher of the index
     * @param id a speaker id
     * @param statements the first page of the speaker's statements
     * @return the record, or null where no appearance has that id
     * @throws IOException where the index cannot be read
     */
    static SpeakerRecord record(IndexSearcher searcher, String id, SearchPage<StatementHit> statements)
            throws IOException {
        List<Document> docs = appearances(searcher, id, Integer.MAX_VALUE);
        if (docs.isEmpty()) {
            return null;
        }
        List<Appearance> appearances = docs.stream()
                .map(d -> Json.read(d.get(Fields.JSON), Appearance.class))
                .toList();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, TreeSet<String>> dates = new LinkedHashMap<>();
        Map<String, Set<String>> articles = new LinkedHashMap<>();
        for (Appearance a : appearances) {
            aliases.add(a.name());
            a.mentions().stream().map(Span::text).forEach(aliases::add);
            for (String title : a.titles()) {
                TreeSet<String> seen = dates.computeIfAbsent(title, t -> new TreeSet<>());
                if (a.published() != null) {
                    seen.add(a.published());
                }
                articles.computeIfAbsent(title, t -> new LinkedHashSet<>()).add(a.articleId());
            }
        }
        List<TitleSeen> titles = new ArrayList<>();
        dates.forEach((t, d) -> titles.add(new TitleSeen(t, List.copyOf(d), List.copyOf(articles.get(t)))));
        Document first = docs.get(0);
        String key = first.get(ArticleDocuments.KEY);
        return new SpeakerRecord(
                id,
                commonestName(appearances),
                first.get(ArticleDocuments.ENTITY_TYPE),
                id.startsWith("l-"),
                key == null || key.isEmpty() ? null : key,
                List.copyOf(aliases),
                titles,
                appearances,
                statements);
    }

    /**
     * @param searcher a searcher of the index
     * @param names a name query on appearances, or null for all
     * @param offset results to skip
     * @param limit results to return at most
     * @return the speakers, those in most articles first
     * @throws IOException where the index cannot be read
     */
    static SearchPage<SpeakerSummary> list(IndexSearcher searcher, Query names, int offset, int limit)
            throws IOException {
        BooleanQuery.Builder q =
                new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.TYPE, Fields.APPEARANCE)), Occur.FILTER);
        if (names != null) {
            q.add(names, Occur.FILTER);
        }
        Map<String, Integer> articles = new HashMap<>();
        searcher.search(q.build(), new SimpleCollector() {
            private SortedDocValues speakers;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                speakers = context.reader().getSortedDocValues(ArticleDocuments.APPEARANCE_SPEAKER);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (speakers != null && speakers.advanceExact(doc)) {
                    articles.merge(speakers.lookupOrd(speakers.ordValue()).utf8ToString(), 1, Integer::sum);
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(articles.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<SpeakerSummary> page = new ArrayList<>();
        for (int i = offset; i < ranked.size() && page.size() < limit; i++) {
            String id = ranked.get(i).getKey();
            List<Document> sample = appearances(searcher, id, NAMING_SAMPLE);
            String name = commonestName(sample.stream()
                    .map(d -> Json.read(d.get(Fields.JSON), Appearance.class))
                    .toList());
            long statements = searcher.count(typed(Fields.STATEMENT, id));
            page.add(new SpeakerSummary(
                    id,
                    name,
                    sample.get(0).get(ArticleDocuments.ENTITY_TYPE),
                    id.startsWith("l-"),
                    ranked.get(i).getValue(),
                    statements));
        }
        return new SearchPage<>(page, ranked.size(), offset, limit);
    }

    private static Query typed(String type, String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SPEAKER_ID, id)), Occur.FILTER)
                .build();
    }

    private static List<Document> appearances(IndexSearcher searcher, String id, int max) throws IOException {
        Query q = typed(Fields.APPEARANCE, id);
        int n = Math.min(max, Math.max(1, searcher.count(q)));
        SortField day = new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG);
        day.setMissingValue(Long.MAX_VALUE);
        TopDocs top = searcher.search(q, n, new Sort(day, SortField.FIELD_DOC));
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(stored.document(sd.doc));
        }
        return docs;
    }

    /** The name most appearances use; among equals, the longest, then the first. */
    private static String commonestName(List<Appearance> appearances) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        appearances.forEach(a -> counts.merge(a.name(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
