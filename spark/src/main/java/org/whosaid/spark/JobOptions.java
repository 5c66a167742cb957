package org.whosaid.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.statement.Rules;

/**
 * What a corpus job is asked to do.
 *
 * @param inputs files and folders to read, local paths or any address Hadoop reads (hdfs://, s3a://)
 * @param output the folder to write the tables to; it must not exist yet or be empty
 * @param format how to write
 * @param published publication date for articles that carry none, or null
 * @param partitions how many parts to split the articles into for extraction; 0 to choose from the
 *     cores the job has
 * @param rules the only rules to run (comma separated, as {@code whosaid extract --rules}), or null for all
 * @param without rules to switch off (as {@code whosaid extract --without}), or null for none
 */
public record JobOptions(
        List<String> inputs,
        String output,
        Format format,
        LocalDate published,
        int partitions,
        String rules,
        String without)
        implements Serializable {

    /** Output formats. */
    public enum Format {
        /** Parquet tables: articles, statements, entities, speakers, errors. */
        PARQUET,
        /** JSON Lines: per-article results as {@code whosaid extract --format json}, and the other tables. */
        JSON
    }

    /** The usage text. */
    static final String USAGE = String.join(
            "\n",
            "Usage: CorpusJob --input PATH... --output DIR [--format parquet|json] [--published YYYY-MM-DD]"
                    + " [--partitions N] [--rules R,...] [--without R,...]",
            "Find who said what in every article of the inputs, on Spark, and write the results as tables.",
            "  --input PATH...     article files (.txt, .html, .warc, .warc.gz, .rss, .atom, .xml, .jsonl) or folders",
            "                      of them; local paths or addresses Hadoop reads (hdfs://, s3a://)",
            "  --output DIR        a new folder for the tables",
            "  --format F          parquet (default): articles, statements, entities, speakers, errors;",
            "                      json: results/ (one article result per line, as whosaid extract --format json),",
            "                      articles/, speakers/, errors/ as JSON Lines (whosaid ingest --extracted reads it)",
            "  --published D       publication date for articles that carry none",
            "  --partitions N      parts the articles are split into for extraction (default: 16 per core)",
            "  --rules R,...       run only these rules; --without R,... switches rules off (see whosaid rules)");

    /** Copies the inputs so the options stay immutable; checks the rules' names. */
    public JobOptions {
        inputs = List.copyOf(inputs);
        // Unknown rule names are refused here, on the driver, before any work is done.
        Rules chosen = rules == null ? Rules.standard() : Rules.only(Rules.names(rules));
        if (without != null) {
            chosen.without(Rules.names(without));
        }
    }

    /**
     * @param inputs files and folders to read
     * @param output the folder to write to
     * @param format how to write
     * @param published publication date for articles that carry none, or null
     * @return the options, every rule on and the parts chosen by the job
     */
    public static JobOptions of(List<String> inputs, String output, Format format, LocalDate published) {
        return new JobOptions(inputs, output, format, published, 0, null, null);
    }

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException with a message for people where the command line is wrong
     */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        Format format = Format.PARQUET;
        LocalDate published = null;
        int partitions = 0;
        String rules = null;
        String without = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--input" -> {
                    int before = inputs.size();
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                    if (inputs.size() == before) {
                        throw new IllegalArgumentException("--input needs at least one path");
                    }
                }
                case "--output" -> output = value(args, ++i, arg);
                case "--format" -> {
                    String f = value(args, ++i, arg);
                    try {
                        format = Format.valueOf(f.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--format is parquet or json, not " + f);
                    }
                }
                case "--published" -> {
                    String d = value(args, ++i, arg);
                    try {
                        published = LocalDate.parse(d);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--published is a date (YYYY-MM-DD), not " + d);
                    }
                }
                case "--partitions" -> {
                    String n = value(args, ++i, arg);
                    try {
                        partitions = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions is a number of 1 or more, not " + n);
                    }
                }
                case "--rules" -> rules = value(args, ++i, arg);
                case "--without" -> without = value(args, ++i, arg);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give the inputs with --input PATH...");
        }
        if (output == null) {
            throw new IllegalArgumentException("give the output folder with --output DIR");
        }
        return new JobOptions(inputs, output, format, published, partitions, rules, without);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
