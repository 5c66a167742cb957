package org.whosaid.cli;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.ReadSummary;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;

/** Extracts the statements of a stream of articles on a few threads, results handed on in input order. */
final class Extraction {

    private Extraction() {}

    /**
     * @param threads articles extracted at once (0: one per processor)
     * @param published publication date for articles that carry none, or null
     * @param reader feeds the articles, and the problems with inputs, to the sink it is given
     * @param consumer receives each result, on the calling thread, in input order
     * @return the number of inputs that could not be read or extracted (each reported on one line)
     */
    static int run(
            int threads, LocalDate published, Consumer<ArticleSink> reader, Batch.Consumer<ArticleResult> consumer) {
        return run(threads, published, Whosaid.extractor(), reader, consumer);
    }

    /**
     * @param threads articles extracted at once (0: one per processor)
     * @param published publication date for articles that carry none, or null
     * @param extractor the extractor to run
     * @param reader feeds the articles, and the problems with inputs, to the sink it is given
     * @param consumer receives each result, on the calling thread, in input order
     * @return the number of inputs that could not be read or extracted (each reported on one line)
     */
    static int run(
            int threads,
            LocalDate published,
            Extractor extractor,
            Consumer<ArticleSink> reader,
            Batch.Consumer<ArticleResult> consumer) {
        AtomicInteger failed = new AtomicInteger();
        try (Batch<ArticleResult> batch = new Batch<>(threads, consumer)) {
            reader.accept(new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article a = article.withDefaultPublished(published);
                    batch.submit(a.origin(), () -> extractor.extract(a));
                }

                @Override
                public void problem(InputException problem) {
                    failed.incrementAndGet();
                    Errors.report(problem.getMessage());
                }

                @Override
                public void finished(ReadSummary summary) {
                    Errors.report(summary.toString());
                }
            });
            failed.addAndGet(batch.finish());
        }
        return failed.get();
    }

    /**
     * @param threads the requested number of threads (0: one per processor)
     * @return the number used
     */
    static int threads(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
