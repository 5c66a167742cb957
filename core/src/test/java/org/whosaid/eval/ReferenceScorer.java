package org.whosaid.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.whosaid.SharedData;

/** Runs the reference scorer {@code score.py} (or other Python code) with python3; skips where absent. */
final class ReferenceScorer {

    private ReferenceScorer() {}

    /** @return the reference scorer; the calling test is skipped where it or python3 is absent */
    static Path script() {
        Path script = SharedData.require("tools/score.py");
        requirePython();
        return script;
    }

    /** Skips the calling test where python3 cannot be run. */
    static void requirePython() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        assumeTrue(ok, "skipped: python3 is not available");
    }

    /**
     * @param args arguments of score.py
     * @return its standard output
     */
    static String score(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script().toString()));
        cmd.addAll(List.of(args));
        return run(cmd, null);
    }

    /**
     * @param code a Python program
     * @return its standard output
     */
    static String python(String code) throws IOException, InterruptedException {
        requirePython();
        return run(List.of("python3", "-c", code), null);
    }

    private static String run(List<String> cmd, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("failed: " + cmd);
        }
        return out;
    }
}
