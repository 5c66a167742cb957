package org.whosaid.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;

/**
 * Reads input files with whosaid's own readers, on the executors: every article of a file (every
 * page of a WARC, item of a feed, line of a JSON Lines file) becomes a row, and so does every
 * problem, with the input and the record it concerns.
 */
final class ReadInputs implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> hadoop;

    /**
     * @param hadoop Hadoop's configuration as the driver has it, for inputs not on local disks
     */
    ReadInputs(Map<String, String> hadoop) {
        this.hadoop = new HashMap<>(hadoop);
    }

    @Override
    public Iterator<Row> call(Row file) {
        int inputNumber = file.getAs("inputNumber");
        String input = file.getAs("input");
        String uri = file.getAs("uri");
        List<Row> rows = new ArrayList<>();
        try (LocalFiles.Local local = LocalFiles.open(uri, hadoop)) {
            Inputs.read(local.path(), new ArticleSink() {
                private int number;

                @Override
                public void article(Article a) {
                    number++;
                    rows.add(RowFactory.create(
                            inputNumber,
                            input,
                            number,
                            a.id(),
                            a.text(),
                            a.title(),
                            a.url(),
                            a.outlet(),
                            a.published() == null ? null : a.published().toString(),
                            local.rename(a.origin(), input),
                            null,
                            null));
                }

                @Override
                public void problem(InputException problem) {
                    rows.add(problemRow(
                            inputNumber, input, record(local.rename(problem.input(), input), input), problem.reason()));
                }
            });
        } catch (FileNotFoundException e) {
            rows.add(problemRow(inputNumber, input, null, "no such file"));
        } catch (IOException e) {
            rows.add(problemRow(inputNumber, input, null, "cannot be read (" + e.getMessage() + ")"));
        }
        return rows.iterator();
    }

    private static Row problemRow(int inputNumber, String input, String record, String reason) {
        return RowFactory.create(inputNumber, input, 0, null, null, null, null, null, null, null, record, reason);
    }

    /**
     * @param label a name for an input or a record of it ("a.warc.gz record 3 at byte 812")
     * @param input the input's name
     * @return the record part of the label ("record 3 at byte 812"), or null where it names the whole input
     */
    static String record(String label, String input) {
        if (label == null || label.equals(input)) {
            return null;
        }
        return label.startsWith(input) ? label.substring(input.length()).strip() : label;
    }
}
