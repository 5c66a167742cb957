package org.whosaid.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ArticleSource;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;

/**
 * The one place where article results become table rows: {@code articles} (one per article: its
 * source and metadata), {@code statements} (one per attribution, every field of it) and
 * {@code entities}. Statements and entities carry their article's {@code inputNumber} and
 * {@code articleNumber}, which identify it in the job's tables, and its {@code articleId}.
 */
final class ResultRows {

    /** Result components that become tables of their own, or come from the source. */
    private static final Set<String> NOT_IN_ARTICLES = Set.of("id", "entities", "attributions");

    private static final Set<String> NOT_IN_ARTICLES_JSON = Set.of("id", "entities", "attributions", "text");

    private static final List<StructField> ARTICLE_KEY = List.of(
            DataTypes.createStructField("inputNumber", DataTypes.IntegerType, false),
            DataTypes.createStructField("articleNumber", DataTypes.IntegerType, false),
            DataTypes.createStructField("articleId", DataTypes.StringType, true));

    /** Columns of {@code articles} in Parquet: with the text. */
    static final StructType ARTICLES = articles(NOT_IN_ARTICLES);

    /** Columns of {@code articles} beside JSON results, which hold the text already. */
    static final StructType ARTICLES_JSON = articles(NOT_IN_ARTICLES_JSON);

    /** Columns of {@code statements}. */
    static final StructType STATEMENTS = keyed(RecordRows.fields(Attribution.class, Set.of()));

    /** Columns of {@code entities}. */
    static final StructType ENTITIES = keyed(RecordRows.fields(Entity.class, Set.of()));

    private ResultRows() {}

    private static StructType articles(Set<String> skip) {
        List<StructField> fields = new ArrayList<>(RecordRows.fields(ArticleSource.class, Set.of()));
        fields.addAll(RecordRows.fields(ArticleResult.class, skip));
        fields.add(DataTypes.createStructField("statements", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("entities", DataTypes.IntegerType, false));
        return RecordRows.struct(fields);
    }

    private static StructType keyed(List<StructField> fields) {
        List<StructField> all = new ArrayList<>(ARTICLE_KEY);
        all.addAll(fields);
        return RecordRows.struct(all);
    }

    /**
     * @param source where the article came from
     * @param result what was found in it
     * @param withText whether the row holds the text (Parquet) or not (beside JSON results)
     * @return its row of {@code articles}
     */
    static Row article(ArticleSource source, ArticleResult result, boolean withText) {
        List<Object> values = RecordRows.values(source, Set.of());
        values.addAll(RecordRows.values(result, withText ? NOT_IN_ARTICLES : NOT_IN_ARTICLES_JSON));
        values.add(result.attributions().size());
        values.add(result.entities().size());
        return RecordRows.row(values);
    }

    /**
     * @param source where the article came from
     * @param result what was found in it
     * @return its rows of {@code statements}, in text order
     */
    static List<Row> statements(ArticleSource source, ArticleResult result) {
        List<Row> rows = new ArrayList<>();
        for (Attribution a : result.attributions()) {
            rows.add(keyed(source, a));
        }
        return rows;
    }

    /**
     * @param source where the article came from
     * @param result what was found in it
     * @return its rows of {@code entities}
     */
    static List<Row> entities(ArticleSource source, ArticleResult result) {
        List<Row> rows = new ArrayList<>();
        for (Entity e : result.entities()) {
            rows.add(keyed(source, e));
        }
        return rows;
    }

    private static Row keyed(ArticleSource source, Record value) {
        List<Object> values = new ArrayList<>(List.of(source.inputNumber(), source.articleNumber()));
        values.add(source.id());
        values.addAll(RecordRows.values(value, Set.of()));
        return RecordRows.row(values);
    }
}
