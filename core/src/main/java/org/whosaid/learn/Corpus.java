package org.whosaid.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.whosaid.article.Article;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.ScoredArticle;
import org.whosaid.nlp.Parsed;
import org.whosaid.pipeline.Extractor;

/**
 * A gold corpus with the linguistic pass of each article, as the extraction runs it; parses are kept
 * in a cache folder where one is given.
 *
 * @param gold the gold corpus
 * @param articles each article, by name, in name order
 * @param parsed each article's parse, by name
 */
public record Corpus(GoldCorpus gold, Map<String, Article> articles, Map<String, Parsed> parsed) {

    /**
     * @param gold the gold corpus
     * @param extractor runs the linguistic pass
     * @param cache the parse cache, or null
     * @param threads articles parsed at once
     * @param progress told of each article's name once it is parsed
     * @return the corpus with its parses
     * @throws IOException when the cache cannot be read or written
     */
    public static Corpus parse(GoldCorpus gold, Extractor extractor, Path cache, int threads, Consumer<String> progress)
            throws IOException {
        ParseCache kept = cache == null ? null : new ParseCache(cache);
        Map<String, Article> articles = new LinkedHashMap<>();
        for (ScoredArticle a : gold.articles().values()) {
            articles.put(a.name(), Article.of(a.name(), a.text().string(), null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Parsed>> futures = new ArrayList<>();
            for (Article a : articles.values()) {
                futures.add(pool.submit(() -> {
                    Parsed doc = kept == null ? null : kept.get(a.id(), a.text());
                    if (doc == null) {
                        doc = extractor.parse(a);
                        if (kept != null) {
                            kept.put(a.id(), doc);
                        }
                    }
                    progress.accept(a.id());
                    return doc;
                }));
            }
            Map<String, Parsed> parsed = new LinkedHashMap<>();
            int i = 0;
            for (Article a : articles.values()) {
                parsed.put(a.id(), futures.get(i++).get());
            }
            return new Corpus(gold, articles, parsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the article names, in name order */
    public List<String> names() {
        return List.copyOf(articles.keySet());
    }
}
