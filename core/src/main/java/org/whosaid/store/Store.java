package org.whosaid.store;

import java.nio.file.Path;
import java.util.Optional;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;

/**
 * The embedded store: articles, their statements and the people and organisations in them, kept in
 * a Lucene index in one folder on disk.
 *
 * <p>A store is opened for writing by one process at a time ({@link #open}); a second writer gets a
 * {@link StoreLockedException}. Readers ({@link #openReadOnly}) need no lock and see the last commit.
 * What is ingested becomes durable at {@link #commit()} (and {@link #close()}); a crash or an
 * interruption loses at most what was ingested since the last commit, never what was committed.
 *
 * <p>All methods are safe to call from several threads.
 */
public final class Store implements AutoCloseable {

    private Store() {
    }

    /**
     * Opens (creating where absent) the store in a folder, for reading and writing.
     *
     * @param dir the store folder
     * @return the open store
     * @throws StoreLockedException where another writer holds the store
     * @throws StoreException where the folder cannot be used as a store
     */
    public static Store open(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Opens an existing store for reading only; it sees the last commit, and later commits after
     * {@link #refresh()}.
     *
     * @param dir the store folder
     * @return the open store
     * @throws StoreException where the folder holds no store
     */
    public static Store openReadOnly(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @return the store folder */
    public Path dir() {
        throw new UnsupportedOperationException("not yet");
    }

    /** @return whether this store can ingest */
    public boolean writable() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param text an article text
     * @return whether the same text is already stored (committed, or ingested by this store object)
     */
    public boolean containsText(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Stores an article with what was extracted from it. The same text (same hash) is stored once:
     * ingesting it again changes nothing. An article whose id is taken by another text is stored
     * under a new id ({@code id~2}, ...). The result's text is the text stored.
     *
     * @param result the extraction result of the article
     * @param article the article as read (its metadata fills what the result lacks); may be null
     * @return the article's store id and whether it was added
     * @throws StoreException where the store is read-only or cannot be written
     */
    public Ingested ingest(ArticleResult result, Article article) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Makes everything ingested so far durable, and visible to readers.
     *
     * @throws StoreException where the store cannot be written
     */
    public void commit() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Closes the store, discarding what was ingested since the last commit (as a crash would).
     */
    public void rollback() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Makes a read-only store see the latest commit; a writable store sees its own ingests. */
    public void refresh() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param query what to look for
     * @return the matching statements, ranked (by relevance where the query has text, then newest
     *         first)
     */
    public SearchPage<StatementHit> search(StatementQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param id a speaker's store id
     * @return the speaker with names, titles, evidence and the first page of statements; empty where
     *         no such speaker is stored
     */
    public Optional<SpeakerRecord> speaker(String id) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param name words of a name ("Spicer", "Sean Spicer"), or null for all
     * @param offset results to skip
     * @param limit results to return at most
     * @return the speakers with such a name, those in most articles first
     */
    public SearchPage<SpeakerSummary> speakers(String name, int offset, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param id an article's store id
     * @return the article with its text and extraction result; empty where not stored
     */
    public Optional<StoredArticle> article(String id) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * @param offset results to skip
     * @param limit results to return at most
     * @return stored articles, newest publication first
     */
    public SearchPage<ArticleSummary> articles(int offset, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @return how many articles, statements and speakers the store holds */
    public StoreCounts counts() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Commits (when writable) and closes the store. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
