package org.whosaid.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import org.whosaid.statement.Rules;
import org.whosaid.store.StoreKeys;

/**
 * Extracts the statements of articles on an executor. The extractor is the JVM's own
 * ({@link Whosaid#extractor()}): its models load once per executor and serve every task after. An
 * article whose extraction fails becomes a row with the reason, and the rest goes on.
 */
final class ExtractArticles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** One article result per line: the JSON of {@code whosaid extract --format json}, unindented. */
    static final ObjectWriter LINE = ResultJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final LocalDate published;
    private final String rules;
    private final String without;

    /**
     * @param options the job's options: the publication date for articles that carry none, and the rules
     */
    ExtractArticles(JobOptions options) {
        this.published = options.published();
        this.rules = options.rules();
        this.without = options.without();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        // The executor's extractor takes its rules from these properties when it loads, as the command's does.
        if (rules != null) {
            System.setProperty(Rules.ONLY_PROPERTY, rules);
        }
        if (without != null) {
            System.setProperty(Rules.WITHOUT_PROPERTY, without);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Row next() {
                return extract(articles.next());
            }
        };
    }

    private Row extract(Row row) {
        String date = row.getAs("published");
        Article article = new Article(
                        row.getAs("id"),
                        row.getAs("text"),
                        row.getAs("title"),
                        row.getAs("url"),
                        row.getAs("outlet"),
                        date == null ? null : LocalDate.parse(date),
                        row.getAs("origin"))
                .withDefaultPublished(published);
        String input = row.getAs("input");
        String json = null;
        String text = article.text();
        String reason = null;
        try {
            ArticleResult result = Whosaid.extract(article);
            json = LINE.writeValueAsString(result);
            text = result.text() != null ? result.text() : text;
        } catch (RuntimeException | StackOverflowError | JsonProcessingException e) {
            reason = "extraction failed (" + e + ")";
        }
        return RowFactory.create(
                row.getAs("inputNumber"),
                input,
                row.getAs("articleNumber"),
                article.id(),
                article.origin(),
                StoreKeys.contentHash(text),
                json,
                reason == null ? null : ReadInputs.record(article.origin(), input),
                reason);
    }
}
