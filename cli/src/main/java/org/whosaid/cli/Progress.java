package org.whosaid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on standard error: a live bar with rate and remaining time on a terminal;
 * elsewhere (logs, CI) a plain line now and then, and only for runs long enough to need it.
 */
final class Progress implements AutoCloseable {

    /** Runs with fewer items than this show no progress unless standard error is a terminal. */
    static final int FEW = 20;
    /** Seconds between plain progress lines when standard error is not a terminal. */
    private static final int LOG_INTERVAL_MILLIS = 30_000;

    private final ProgressBar bar;
    private boolean closed;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task what is counted ("ingest")
     * @param total how many items the run has
     * @param enabled false to show nothing whatever the terminal
     * @return the progress display (showing nothing where it is not wanted)
     */
    static Progress start(String task, long total, boolean enabled) {
        boolean terminal = stderrIsTerminal();
        if (!enabled || !terminal && total < FEW) {
            return new Progress(null);
        }
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS);
        if (terminal) {
            b.setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500);
        } else {
            b.setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(LOG_INTERVAL_MILLIS)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> System.err.println(line.strip()), 120));
        }
        return new Progress(b.build());
    }

    /** Counts one item done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }

    /** Whether standard error goes to a terminal (Linux: its descriptor links to a tty device). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
