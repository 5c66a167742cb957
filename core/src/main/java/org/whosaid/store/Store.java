package org.whosaid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Entity;

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

    /** Commit data key naming the store's format. */
    private static final String FORMAT_KEY = "whosaid.store.format";

    /**
     * The format written: 2 keeps statements newest first on disk, so that lists stop early. Stores of
     * format 1 are read as they are, and brought to format 2 when opened for writing.
     */
    private static final String FORMAT = "2";

    private static final String OLD_FORMAT = "1";

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writing = new Object();
    /** Held to read by each ingest while it adds its documents, and to write by commit and close. */
    private final ReentrantReadWriteLock adding = new ReentrantReadWriteLock();
    /** Articles ingested since the last commit, by hash and by id: the searcher may not see them yet. */
    private final Map<String, String> pendingByHash = new HashMap<>();

    private final Map<String, String> pendingById = new HashMap<>();
    /** Whether the index is kept in {@link StatementSearch#INDEX_SORT} order (format 2). */
    private final boolean sortedByDay;

    private volatile boolean closed;

    private Store(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers, boolean sortedByDay) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.sortedByDay = sortedByDay;
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
        FSDirectory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            boolean exists = DirectoryReader.indexExists(directory);
            if (!exists && !isEmpty(dir)) {
                throw new StoreException(
                        dir + ": not a whosaid store, and not empty (choose an empty or new folder)", null);
            }
            boolean upgrade = exists && checkFormat(dir, directory).equals(OLD_FORMAT);
            IndexWriterConfig config = new IndexWriterConfig(Fields.ALL)
                    .setOpenMode(
                            upgrade ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setIndexSort(StatementSearch.INDEX_SORT)
                    // Fewer, larger new segments: less merging while a large store is filled.
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            if (upgrade) {
                Upgrade.reindex(directory, writer);
            }
            if (!exists || upgrade) {
                writer.commit();
            }
            return new Store(dir, directory, writer, new SearcherManager(writer, null), true);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreLockedException(
                    dir + ": the store is in use by another whosaid process" + " (it holds "
                            + dir.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish",
                    e);
        } catch (StoreException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw failure(dir, "cannot be opened", e);
        }
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
        FSDirectory directory = null;
        try {
            if (!Files.isDirectory(dir)) {
                throw new StoreException(dir + ": no store there (ingest articles first)", null);
            }
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new StoreException(dir + ": no store there (ingest articles first)", null);
            }
            boolean sorted = checkFormat(dir, directory).equals(FORMAT);
            return new Store(dir, directory, null, new SearcherManager(directory, null), sorted);
        } catch (StoreException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw failure(dir, "cannot be opened", e);
        }
    }

    /** @return the store folder */
    public Path dir() {
        return dir;
    }

    /** @return whether this store can ingest */
    public boolean writable() {
        return writer != null;
    }

    /**
     * @param text an article text
     * @return whether the same text is already stored (committed, or ingested by this store object)
     */
    public boolean containsText(String text) {
        return idOfHash(SpeakerIds.sha256(text)) != null;
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
        requireWritable();
        // Several threads may ingest at once: only choosing the id is one at a time; commits wait for
        // the articles being added.
        adding.readLock().lock();
        try {
            String hash = SpeakerIds.sha256(result.text());
            String id;
            synchronized (writing) {
                String existing = idOfHash(hash);
                if (existing != null) {
                    return new Ingested(existing, false, 0);
                }
                id = freeId(result.id() != null ? result.id() : article != null ? article.id() : hash.substring(0, 16));
                pendingByHash.put(hash, id);
                pendingById.put(id, hash);
            }
            Map<String, String> keys = keys(result.entities());
            Map<String, String> speakerIds = new LinkedHashMap<>();
            for (Entity e : result.entities()) {
                speakerIds.put(e.id(), StoreKeys.speakerId(id, e));
            }
            StoredArticle stored = stored(id, hash, result, article, speakerIds);
            try {
                writer.addDocuments(ArticleDocuments.of(stored, keys));
            } catch (IOException | RuntimeException e) {
                synchronized (writing) {
                    pendingByHash.remove(hash);
                    pendingById.remove(id);
                }
                throw failure(dir, "cannot store " + id, e);
            }
            return new Ingested(id, true, result.attributions().size());
        } finally {
            adding.readLock().unlock();
        }
    }

    /**
     * Stores an article extracted elsewhere (by a corpus job) exactly as {@link #ingest(ArticleResult,
     * Article)} stores the article it was extracted from.
     *
     * @param result the extraction result of the article, its text included
     * @param origin the input it was read from, as the extraction named it
     * @return the article's store id and whether it was added
     * @throws StoreException where the store is read-only or cannot be written
     */
    public Ingested ingestExtracted(ArticleResult result, String origin) {
        String id = result.id() != null ? result.id() : origin;
        return ingest(result, new Article(id, result.text(), null, null, null, null, origin));
    }

    /**
     * Makes everything ingested so far durable, and visible to readers.
     *
     * @throws StoreException where the store cannot be written
     */
    public void commit() {
        requireWritable();
        adding.writeLock().lock();
        try {
            commitAdded();
        } finally {
            adding.writeLock().unlock();
        }
    }

    private void commitAdded() {
        synchronized (writing) {
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                throw failure(dir, "cannot be written", e);
            }
            pendingByHash.clear();
            pendingById.clear();
        }
    }

    /**
     * Closes the store, discarding what was ingested since the last commit (as a crash would).
     */
    public void rollback() {
        requireWritable();
        adding.writeLock().lock();
        try {
            rollbackAdded();
        } finally {
            adding.writeLock().unlock();
        }
    }

    private void rollbackAdded() {
        synchronized (writing) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                writer.rollback();
            } catch (IOException e) {
                throw failure(dir, "cannot be rolled back", e);
            } finally {
                closeQuietly(searchers);
                closeQuietly(directory);
            }
        }
    }

    /** Makes a read-only store see the latest commit; a writable store sees its own ingests. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure(dir, "cannot be read", e);
        }
    }

    /**
     * @param query what to look for
     * @return the matching statements, ranked (by relevance where the query has text, then newest
     *         first); the total is exact up to {@link SearchPage#EXACT_TOTAL_UP_TO}, a lower bound past it
     * @throws IllegalArgumentException where the query's cursor is not one of a previous page
     */
    public SearchPage<StatementHit> search(StatementQuery query) {
        return read(searcher -> StatementSearch.run(searcher, query, sortedByDay));
    }

    /**
     * @param id a speaker's store id
     * @return the speaker with names, titles, evidence and the first page of statements; empty where
     *         no such speaker is stored
     */
    public Optional<SpeakerRecord> speaker(String id) {
        SearchPage<StatementHit> statements = search(StatementQuery.all().withSpeakerId(id));
        return Optional.ofNullable(read(searcher -> Speakers.record(searcher, id, statements)));
    }

    /**
     * @param name words of a name ("Spicer", "Sean Spicer"), or null for all
     * @param offset results to skip
     * @param limit results to return at most
     * @return the speakers with such a name, those in most articles first
     */
    public SearchPage<SpeakerSummary> speakers(String name, int offset, int limit) {
        Query names = StatementSearch.hasText(name) ? StatementSearch.allWords(Fields.SPEAKER_NAMES, name) : null;
        return read(searcher -> Speakers.list(searcher, names, offset, limit));
    }

    /**
     * @param id an article's store id
     * @return the article with its text and extraction result; empty where not stored
     */
    public Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(read(searcher -> {
            Document d = articleDoc(searcher, id);
            return d == null ? null : Json.read(d.get(Fields.JSON), StoredArticle.class);
        }));
    }

    /**
     * @param offset results to skip
     * @param limit results to return at most
     * @return stored articles, newest publication first
     */
    public SearchPage<ArticleSummary> articles(int offset, int limit) {
        return read(searcher -> {
            Query q = new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE));
            int total = searcher.count(q);
            List<ArticleSummary> page = new ArrayList<>();
            if (limit > 0 && total > offset) {
                SortField day = new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true);
                day.setMissingValue(Long.MIN_VALUE);
                TopDocs top = searcher.search(q, Math.min(offset + limit, total), new Sort(day, SortField.FIELD_DOC));
                var stored = searcher.storedFields();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    page.add(Json.read(
                            stored.document(top.scoreDocs[i].doc).get(ArticleDocuments.SUMMARY), ArticleSummary.class));
                }
            }
            return new SearchPage<>(page, total, offset, limit);
        });
    }

    /** @return how many articles, statements and speakers the store holds */
    public StoreCounts counts() {
        return read(searcher -> {
            long speakers = 0;
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SPEAKER_ID);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                while (it.next() != null) {
                    speakers++;
                }
            }
            return new StoreCounts(
                    searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE))),
                    searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.STATEMENT))),
                    speakers);
        });
    }

    /** Commits (when writable) and closes the store. */
    @Override
    public void close() {
        adding.writeLock().lock();
        try {
            closeAdded();
        } finally {
            adding.writeLock().unlock();
        }
    }

    private void closeAdded() {
        synchronized (writing) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (writer != null) {
                    writer.commit();
                    writer.close();
                }
            } catch (IOException e) {
                throw failure(dir, "cannot be written", e);
            } finally {
                closeQuietly(searchers);
                closeQuietly(directory);
            }
        }
    }

    private static StoredArticle stored(
            String id, String hash, ArticleResult r, Article a, Map<String, String> speakerIds) {
        String title = r.title() != null ? r.title() : a == null ? null : a.title();
        String url = r.url() != null ? r.url() : a == null ? null : a.url();
        String outlet = r.outlet() != null ? r.outlet() : a == null ? null : a.outlet();
        String published = r.published() != null
                ? r.published()
                : a == null || a.published() == null ? null : a.published().toString();
        ArticleResult result =
                new ArticleResult(id, published, title, url, outlet, r.text(), r.entities(), r.attributions());
        return new StoredArticle(
                id,
                title,
                outlet,
                url,
                published,
                a == null ? r.id() : a.origin(),
                hash,
                Instant.now().toString(),
                result,
                speakerIds);
    }

    /**
     * @param entities an article's entities
     * @return for each entity id, the key on which it is joined across articles, where it has one
     */
    static Map<String, String> keys(List<Entity> entities) {
        Map<String, String> keys = new HashMap<>();
        for (Entity e : entities) {
            StoreKeys.mergeKey(e).ifPresent(k -> keys.put(e.id(), k));
        }
        return keys;
    }

    /** The id under which the hash is stored, or null. */
    private String idOfHash(String hash) {
        synchronized (writing) {
            String pending = pendingByHash.get(hash);
            if (pending != null) {
                return pending;
            }
        }
        return read(false, searcher -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.HASH, hash)), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(q, 1);
            return top.scoreDocs.length == 0
                    ? null
                    : searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ARTICLE_ID);
        });
    }

    /** The id itself where no article has it, else the first free {@code id~N}. */
    private String freeId(String id) {
        String candidate = id;
        for (int n = 2; pendingById.containsKey(candidate) || articleExists(candidate); n++) {
            candidate = id + "~" + n;
        }
        return candidate;
    }

    private boolean articleExists(String id) {
        return read(false, searcher -> articleDoc(searcher, id) != null);
    }

    private static Document articleDoc(IndexSearcher searcher, String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    /** A read against the newest searcher. */
    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        return read(true, read);
    }

    /**
     * A read; with {@code refresh}, a writable store first makes its own ingests visible (which
     * writes a small segment), so lookups made while ingesting pass false and consult the pending
     * maps instead.
     */
    private <T> T read(boolean refresh, Read<T> read) {
        if (closed) {
            throw new StoreException(dir + ": the store is closed", null);
        }
        IndexSearcher searcher;
        try {
            if (refresh && writer != null) {
                searchers.maybeRefresh();
            }
            searcher = searchers.acquire();
        } catch (IOException | RuntimeException e) {
            throw failure(dir, "cannot be read", e);
        }
        try {
            return read.apply(searcher);
        } catch (IOException e) {
            throw failure(dir, "cannot be read", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw failure(dir, "cannot be read", e);
            }
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new StoreException(dir + ": the store is open for reading only", null);
        }
    }

    /** @return the store's format, one this version reads */
    private static String checkFormat(Path dir, FSDirectory directory) throws IOException {
        String format = SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
        if (!FORMAT.equals(format) && !OLD_FORMAT.equals(format)) {
            throw new StoreException(
                    dir + ": not a whosaid store" + (format == null ? "" : " of this version (format " + format + ")"),
                    null);
        }
        return format;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static StoreException failure(Path dir, String what, Exception e) {
        String reason = e instanceof CorruptIndexException
                        || e instanceof IndexFormatTooOldException
                        || e instanceof IndexFormatTooNewException
                ? "the store is damaged or of another version: "
                : "";
        return new StoreException(dir + ": " + what + " (" + reason + e.getMessage() + ")", e);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing after a failure: the first failure is the one reported.
            }
        }
    }
}
