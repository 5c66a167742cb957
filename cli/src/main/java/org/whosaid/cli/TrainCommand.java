package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whosaid.article.InputException;
import org.whosaid.learn.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whosaid train}: learns the models whosaid ships from a gold folder. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Learn whosaid's models from hand-annotated articles (PolNeAR's brat layout: DIR/text/NAME.txt, "
                    + "DIR/attributions/NAME_ANNOTATOR.ann) and write them to a folder.",
            "The same gold gives the same files. To ship them: --out core/src/main/resources/org/whosaid/learn"
        })
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    ThreadsOption threads;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder to learn from.")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the model files.")
    Path out;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Keep the articles' linguistic pass here, so that training again skips it.")
    Path cache;

    @Option(
            names = "--folds",
            defaultValue = "5",
            paramLabel = "N",
            description = "Cross-validation folds, by article (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "N",
            description = "Seed of the order the tagger visits the articles in (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--without-tagger",
            description = "Train the confidence model alone, for the rules' statements; no tagger.")
    boolean withoutTagger;

    @Option(
            names = "--without-rules",
            description = "Train a tagger that does not read the rules' finds (to measure the tagger alone).")
    boolean withoutRules;

    @Option(
            names = "--predictions",
            paramLabel = "DIR",
            description = "Also write each article's cross-validated results as DIR/{rules,tagger,both}/NAME.json.")
    Path predictions;

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            Errors.report("--folds must be at least 2");
            return 2;
        }
        PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            Training.run(
                    new Training.Settings(
                            gold, out, cache, threads.count(), folds, !withoutTagger, !withoutRules, seed, predictions),
                    log);
        } catch (InputException e) {
            Errors.report(e.getMessage());
            return 1;
        }
        return 0;
    }
}
