package org.whosaid.store;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * Brings a store of an earlier format to the current one: every stored article is indexed again from
 * its stored record, into a writer that starts empty. The earlier commit stays the store's until the
 * writer commits, so an interruption leaves the store as it was.
 */
final class Upgrade {

    private Upgrade() {}

    /**
     * @param directory the store's folder, holding a store of an earlier format
     * @param writer a writer on the same folder, opened to create the index anew
     * @throws IOException where the store cannot be read or written
     */
    static void reindex(Directory directory, IndexWriter writer) throws IOException {
        try (DirectoryReader old = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(old);
            Weight articles = searcher.createWeight(
                    searcher.rewrite(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE))),
                    ScoreMode.COMPLETE_NO_SCORES,
                    1f);
            for (LeafReaderContext leaf : old.leaves()) {
                Scorer scorer = articles.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    StoredArticle article = Json.read(stored.document(doc).get(Fields.JSON), StoredArticle.class);
                    writer.addDocuments(ArticleDocuments.of(
                            article, Store.keys(article.result().entities())));
                }
            }
        }
    }
}
