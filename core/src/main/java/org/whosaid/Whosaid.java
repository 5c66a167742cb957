package org.whosaid;

import org.whosaid.article.Article;
import org.whosaid.learn.LearnedModels;
import org.whosaid.nlp.Linguistics;
import org.whosaid.pipeline.Extractor;
import org.whosaid.result.ArticleResult;
import org.whosaid.statement.Rules;

/**
 * The entry point: {@code Whosaid.extract(article)} tells who said what in it.
 *
 * <p>The first call loads the linguistic models (seconds); later calls, from any thread, reuse them.
 */
public final class Whosaid {

    private static volatile Extractor extractor;

    private Whosaid() {}

    /**
     * @return the JVM's shared extractor, loaded on first use: the rules (those the system properties
     *     leave on), the learned tagger and the confidence of every statement
     */
    public static Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (Whosaid.class) {
                e = extractor;
                if (e == null) {
                    e = LearnedModels.shipped().extractor(Linguistics.shared(), Rules.fromSystemProperties());
                    extractor = e;
                }
            }
        }
        return e;
    }

    /**
     * @param article an article
     * @return its statements, speakers and entities
     */
    public static ArticleResult extract(Article article) {
        return extractor().extract(article);
    }
}
