package org.whosaid.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.whosaid.result.ArticleSource;

/** The rows that pass between the job's stages: inputs, what was read, what was extracted, errors. */
final class CorpusRows {

    /** An input file: its position, its name as given, and its address. */
    static final StructType INPUTS = new StructType()
            .add("inputNumber", DataTypes.IntegerType, false)
            .add("input", DataTypes.StringType, false)
            .add("uri", DataTypes.StringType, false);

    /** What was read: an article ({@code text} set) or a problem ({@code reason} set). */
    static final StructType READ = new StructType()
            .add("inputNumber", DataTypes.IntegerType, false)
            .add("input", DataTypes.StringType, false)
            .add("articleNumber", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("origin", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    /** What was extracted from an article: its result as JSON, or why there is none. */
    static final StructType EXTRACTED = new StructType()
            .add("inputNumber", DataTypes.IntegerType, false)
            .add("input", DataTypes.StringType, false)
            .add("articleNumber", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("contentHash", DataTypes.StringType, false)
            .add("result", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    /** The {@code errors} table: what could not be read or extracted, and why. */
    static final StructType ERRORS = new StructType()
            .add("input", DataTypes.StringType, false)
            .add("record", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, false);

    private CorpusRows() {}

    /**
     * @param input the input file as named
     * @param record the record within it, or null for the whole file
     * @param reason why it could not be read
     * @return a row of {@code errors}
     */
    static Row error(String input, String record, String reason) {
        return RowFactory.create(input, record, reason);
    }

    /**
     * @param extracted a row of {@link #EXTRACTED}
     * @return the source of its article
     */
    static ArticleSource source(Row extracted) {
        return new ArticleSource(
                extracted.getAs("id"),
                extracted.getAs("input"),
                extracted.<Integer>getAs("inputNumber"),
                extracted.<Integer>getAs("articleNumber"),
                extracted.getAs("origin"),
                extracted.getAs("contentHash"));
    }
}
