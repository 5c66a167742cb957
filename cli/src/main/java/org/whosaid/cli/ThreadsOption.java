package org.whosaid.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that extract: how many articles are extracted at once. */
final class ThreadsOption {

    // The field's name is the value label the help shows: <threads>.
    @Option(names = "--threads", defaultValue = "0", description = "Articles extracted at once (0: one per processor).")
    int threads;

    /** @return the threads to extract on: the option's, else one per processor */
    int count() {
        return Extraction.threads(threads);
    }
}
