package org.whosaid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ExtractedResults;
import org.whosaid.store.Ingested;
import org.whosaid.store.Store;
import org.whosaid.store.StoreCounts;
import org.whosaid.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whosaid ingest}: extract articles and keep them, with their statements, in the store. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Find who said what in articles and keep everything in the store for search.",
            "Articles already stored (same text) are skipped, so an interrupted run resumes where it stopped.",
            "With --extracted, store what a whosaid-spark job extracted (its --format json output) without"
                    + " extracting again."
        })
public final class IngestCommand implements Callable<Integer> {

    /** Result of extracting one article: the article as read and what was found in it. */
    private record Extracted(Article article, ArticleResult result) {}

    @Mixin
    RulesOption rules;

    @Mixin
    StoreOption store;

    @Mixin
    PublishedOption published;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = "--commit-every",
            paramLabel = "N",
            defaultValue = "50",
            description =
                    "Make the store durable every N articles (an interruption loses at most N). Default: ${DEFAULT-VALUE}.")
    int commitEvery;

    @Option(names = "--no-progress", description = "Show no progress, even on a terminal.")
    boolean noProgress;

    @Option(
            names = "--extracted",
            paramLabel = "DIR",
            description = "The output folder of a whosaid-spark job run with --format json: its results are stored"
                    + " as a direct ingest of the job's inputs would store them.")
    Path extracted;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files, or directories of them.")
    List<Path> inputs = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicLong statements = new AtomicLong();

    @Override
    public Integer call() {
        if ((extracted == null) == inputs.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give either INPUT... or --extracted DIR, not both and not neither");
        }
        if (extracted != null && published.date != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--published applies when extracting: give it to the job instead");
        }
        Path dir = store.resolve();
        Store target;
        try {
            target = Store.open(dir);
        } catch (StoreException e) {
            Errors.report(e.getMessage());
            return 2;
        }
        AtomicBoolean finished = new AtomicBoolean();
        Thread interrupted = new Thread(() -> {
            if (!finished.get()) {
                Errors.report("interrupted: the store keeps what was committed; run the same command again to resume");
            }
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (target;
                Progress progress =
                        Progress.start("ingest", noProgress || extracted != null ? 0 : count(), !noProgress);
                Batch<Extracted> batch = new Batch<>(threads.count(), x -> keep(target, x, progress))) {
            if (extracted != null) {
                ExtractedResults.read(extracted, (result, source) -> {
                    keep(target, target.ingestExtracted(result, source.origin()));
                    progress.step();
                });
            } else {
                extractAll(target, progress, batch);
            }
            target.commit();
            StoreCounts counts = target.counts();
            progress.close();
            Errors.report(String.format(
                    "stored %d articles (%d statements), %d already stored, %d failed; %s holds"
                            + " %d articles, %d statements, %d speakers",
                    stored.get(),
                    statements.get(),
                    skipped.get(),
                    failed.get(),
                    dir,
                    counts.articles(),
                    counts.statements(),
                    counts.speakers()));
        } catch (StoreException e) {
            Errors.report(e.getMessage());
            return 2;
        } catch (IOException e) {
            Errors.report(e.getMessage() + "; the store keeps what was stored before");
            return 1;
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, and stays silent since the run finished.
            }
        }
        return failed.get() == 0 ? 0 : 1;
    }

    private void extractAll(Store target, Progress progress, Batch<Extracted> batch) {
        Inputs.read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                Article a = article.withDefaultPublished(published.date);
                if (target.containsText(a.text())) {
                    skipped.incrementAndGet();
                    progress.step();
                } else {
                    batch.submit(a.origin(), () -> new Extracted(a, Whosaid.extract(a)));
                }
            }

            @Override
            public void problem(InputException problem) {
                failed.incrementAndGet();
                Errors.report(problem.getMessage());
            }
        });
        failed.addAndGet(batch.finish());
    }

    private void keep(Store target, Extracted x, Progress progress) {
        keep(target, target.ingest(x.result(), x.article()));
        progress.step();
    }

    private void keep(Store target, Ingested in) {
        if (in.stored()) {
            statements.addAndGet(in.statements());
            if (stored.incrementAndGet() % Math.max(1, commitEvery) == 0) {
                target.commit();
            }
        } else {
            skipped.incrementAndGet();
        }
    }

    /** How many articles the inputs hold, read without extracting (problems are reported later). */
    private long count() {
        AtomicLong n = new AtomicLong();
        Inputs.read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                n.incrementAndGet();
            }

            @Override
            public void problem(InputException problem) {
                // Reported once, by the run itself.
            }
        });
        return n.get();
    }
}
