package org.whosaid.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;
import org.whosaid.result.ArticleResult;

/**
 * Extraction as {@code whosaid extract} and {@code whosaid ingest} do it, in input order: the
 * reference the job's results are compared with.
 *
 * @param articles the articles read, each with its publication date defaulted
 * @param results their results, in the same order
 * @param problems the problems reported, as the command prints them
 */
record CliWay(List<Article> articles, List<ArticleResult> results, List<String> problems) {

    static CliWay extract(List<Path> inputs, LocalDate published) {
        List<Article> articles = new ArrayList<>();
        List<ArticleResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Inputs.read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                Article a = article.withDefaultPublished(published);
                articles.add(a);
                results.add(Whosaid.extract(a));
            }

            @Override
            public void problem(InputException problem) {
                problems.add(problem.getMessage());
            }
        });
        return new CliWay(articles, results, problems);
    }
}
