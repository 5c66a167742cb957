package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.whosaid.result.ResultJson;
import org.whosaid.store.SearchPage;
import org.whosaid.store.StatementHit;
import org.whosaid.store.StatementQuery;
import org.whosaid.store.Store;
import org.whosaid.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whosaid search}: stored statements by words, speaker, subject, period and outlet. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the statements of the store.",
            "All criteria must hold; results are ranked by relevance to --text, then newest first."
        })
public final class SearchCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Mixin
    StoreOption store;

    @Option(
            names = "--text",
            paramLabel = "QUERY",
            description =
                    "Words in what was said (stemmed: 'tax' finds 'taxes'); \"a phrase\", -excluded, a|b, prefix*.")
    String text;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Same as --text.")
    String positionalText;

    @Option(
            names = "--speaker",
            paramLabel = "NAME",
            description = "Who said it, by any of their names (\"Trump\", \"Donald Trump\").")
    String speaker;

    @Option(names = "--about", paramLabel = "NAME", description = "A person or organisation named in what was said.")
    String about;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Said (else published) on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Said (else published) on or before this day.")
    LocalDate to;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Published by this outlet.")
    String outlet;

    @Option(
            names = "--min-confidence",
            paramLabel = "X",
            description = "Only statements whose confidence is at least X (0..1); those without one are left out.")
    Double minConfidence;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Results shown at most. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results skipped (for paging).")
    int offset;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (a table) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        if (limit < 0 || offset < 0) {
            Errors.report("--limit and --offset must not be negative");
            return 2;
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            Errors.report("--min-confidence must be between 0 and 1, not " + minConfidence);
            return 2;
        }
        StatementQuery query = StatementQuery.all()
                .withText(text != null ? text : positionalText)
                .withSpeaker(speaker)
                .withAbout(about)
                .withPeriod(from, to)
                .withOutlet(outlet)
                .withMinConfidence(minConfidence)
                .withPage(offset, limit);
        SearchPage<StatementHit> page;
        try (Store s = Store.openReadOnly(store.resolve())) {
            page = s.search(query);
        } catch (StoreException e) {
            Errors.report(e.getMessage());
            return 2;
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.println(json(page));
        } else {
            out.print(HitTable.render(page));
        }
        out.flush();
        return 0;
    }

    private static String json(SearchPage<StatementHit> page) {
        try {
            return ResultJson.mapper().writeValueAsString(page.items());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
