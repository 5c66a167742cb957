package org.whosaid.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --published YYYY-MM-DD} option: the publication date of articles that carry none. */
final class PublishedOption {

    /** The date given, or null: articles then keep only the date they carry. */
    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that do not carry one; relative dates resolve against it.")
    LocalDate date;
}
