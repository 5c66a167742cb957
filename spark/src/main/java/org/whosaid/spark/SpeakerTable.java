package org.whosaid.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.result.ResultJson;
import org.whosaid.result.Span;
import org.whosaid.store.StoreKeys;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The corpus-wide speakers, joined across articles by the store's rules and aggregated on the
 * cluster: the table holds what the store's speaker records would hold after ingesting the same
 * articles into an empty store. A text is counted once (its first article in input order); an
 * article id taken by an earlier text becomes {@code id~2}, ...; people and organisations of
 * different articles are one speaker only where their full names are equal ({@link StoreKeys}).
 */
final class SpeakerTable {

    /** One article's person or organisation, under the speaker id the store gives it. */
    static final StructType APPEARANCES = new StructType()
            .add("speakerId", DataTypes.StringType, false)
            .add("mergeKey", DataTypes.StringType, true)
            .add("type", DataTypes.StringType, true)
            .add("articleId", DataTypes.StringType, false)
            .add("entityId", DataTypes.StringType, false)
            .add("entityIndex", DataTypes.IntegerType, false)
            .add("name", DataTypes.StringType, true)
            .add("titles", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("aliases", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("published", DataTypes.StringType, true)
            .add("inputNumber", DataTypes.IntegerType, false)
            .add("articleNumber", DataTypes.IntegerType, false)
            .add("statements", DataTypes.IntegerType, false);

    /*
     * The store orders a speaker's appearances by publication day (undated last), then in the order
     * the articles were stored; its name is the commonest, then the longest, then the first; its
     * aliases and titles come in order of first appearance, each title with its dates, ascending,
     * and its articles.
     */
    private static final String AGGREGATE = """
            WITH a AS (
              SELECT *, struct(published IS NULL AS undated, published, inputNumber, articleNumber, entityIndex) AS at
              FROM appearances),
            names AS (
              SELECT speakerId, name, count(*) AS n, min(at) AS first FROM a GROUP BY speakerId, name),
            name AS (
              SELECT speakerId, name FROM (
                SELECT speakerId, name, row_number() OVER (
                  PARTITION BY speakerId ORDER BY n DESC, length(name) DESC, first) AS r
                FROM names)
              WHERE r = 1),
            alias AS (
              SELECT speakerId, alias, min(struct(at, pos)) AS first
              FROM (SELECT speakerId, at, posexplode(aliases) AS (pos, alias) FROM a)
              GROUP BY speakerId, alias),
            aliases AS (
              SELECT speakerId, transform(sort_array(collect_list(struct(first, alias))), x -> x.alias) AS aliases
              FROM alias GROUP BY speakerId),
            title AS (
              SELECT speakerId, title, min(struct(at, pos)) AS first,
                     array_sort(collect_set(published)) AS dates,
                     array_distinct(transform(sort_array(collect_list(struct(at, articleId))), x -> x.articleId))
                       AS articleIds
              FROM (SELECT speakerId, at, published, articleId, posexplode(titles) AS (pos, title) FROM a)
              GROUP BY speakerId, title),
            titles AS (
              SELECT speakerId,
                     transform(sort_array(collect_list(struct(first, title, dates, articleIds))),
                               x -> named_struct('title', x.title, 'dates', x.dates, 'articleIds', x.articleIds))
                       AS titles
              FROM title GROUP BY speakerId),
            base AS (
              SELECT speakerId, min_by(type, at) AS type, min_by(mergeKey, at) AS mergeKey,
                     count(*) AS articles, sum(statements) AS statements
              FROM a GROUP BY speakerId)
            SELECT b.speakerId AS id, n.name, b.type, b.speakerId LIKE 'l-%' AS local, b.mergeKey,
                   al.aliases, coalesce(t.titles, array()) AS titles, b.articles, b.statements
            FROM base b JOIN name n ON b.speakerId = n.speakerId
              LEFT JOIN aliases al ON b.speakerId = al.speakerId
              LEFT JOIN titles t ON b.speakerId = t.speakerId
            ORDER BY articles DESC, id
            """;

    private SpeakerTable() {}

    /**
     * @param spark the session
     * @param extracted rows of {@link CorpusRows#EXTRACTED} with a result
     * @return the speakers: id, name, type, local, mergeKey, aliases, titles (title, dates,
     *     articleIds), articles, statements
     */
    static Dataset<Row> of(SparkSession spark, Dataset<Row> extracted) {
        Dataset<Row> firstOfText = extracted
                .withColumn(
                        "n",
                        row_number().over(Window.partitionBy("contentHash").orderBy("inputNumber", "articleNumber")))
                .filter(col("n").equalTo(1))
                .drop("n");
        Dataset<Row> stored = firstOfText
                .withColumn("n", row_number().over(Window.partitionBy("id").orderBy("inputNumber", "articleNumber")))
                .withColumn(
                        "storeId",
                        when(col("n").equalTo(1), col("id")).otherwise(concat(col("id"), lit("~"), col("n"))));
        Dataset<Row> appearances = stored.flatMap(new Appearances(), Encoders.row(APPEARANCES));
        appearances.createOrReplaceTempView("appearances");
        return spark.sql(AGGREGATE);
    }

    /** An article's people and organisations as appearances of the store's speakers. */
    static final class Appearances implements FlatMapFunction<Row, Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row row) {
            ArticleResult result;
            try {
                result = ResultJson.read(row.getAs("result"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String articleId = row.getAs("storeId");
            List<Row> rows = new ArrayList<>();
            List<Entity> entities = result.entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                List<String> aliases = new ArrayList<>();
                aliases.add(e.name());
                e.mentions().stream().map(Span::text).forEach(aliases::add);
                int statements = 0;
                for (Attribution a : result.attributions()) {
                    if (Objects.equals(a.speaker(), e.id())) {
                        statements++;
                    }
                }
                rows.add(RowFactory.create(
                        StoreKeys.speakerId(articleId, e),
                        StoreKeys.mergeKey(e).orElse(null),
                        e.type(),
                        articleId,
                        e.id(),
                        i,
                        e.name(),
                        CollectionConverters.asScala(e.titles()).toSeq(),
                        CollectionConverters.asScala(aliases).toSeq(),
                        result.published(),
                        row.getAs("inputNumber"),
                        row.getAs("articleNumber"),
                        statements));
            }
            return rows.iterator();
        }
    }
}
