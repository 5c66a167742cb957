package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whosaid.article.Inputs;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whosaid extract}: the statements of articles, as a table or as JSON. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Find who said what in articles: prints a table, or JSON, or writes DIR/NAME.json.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Mixin
    RulesOption rules;

    @Mixin
    PublishedOption published;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (a table) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write DIR/NAME.json for each article instead of printing: NAME is the input's name"
                    + " (NAME.html, NAME.txt) or, for archives, feeds and JSON Lines, the article id.")
    Path out;

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description =
                    "Article files (.txt, .html, .warc, .warc.gz, .rss, .atom, .xml, .jsonl), or directories of them.")
    List<Path> inputs;

    private final OutputNames names = new OutputNames();

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            Files.createDirectories(out);
        }
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        try {
            int failed = Extraction.run(
                    threads.count(), published.date, sink -> Inputs.read(inputs, sink), result -> emit(result, stdout));
            return failed == 0 ? 0 : 1;
        } finally {
            stdout.flush();
        }
    }

    private void emit(ArticleResult result, PrintWriter stdout) throws IOException {
        if (out != null) {
            ResultJson.write(result, out.resolve(names.next(result.id())));
        } else if (format == Format.json) {
            stdout.println(ResultJson.write(result));
        } else {
            stdout.print(TextTable.render(result));
        }
        stdout.flush();
    }
}
