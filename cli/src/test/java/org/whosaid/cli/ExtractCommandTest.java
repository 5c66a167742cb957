package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;
import org.whosaid.result.Span;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void badInputsAreNamedAndTheRestIsStillWritten() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "The senator said the bill would pass.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");

        CliRun r = CliRun.run(
                "extract",
                "--out",
                out.toString(),
                empty.toString(),
                binary.toString(),
                latin1.toString(),
                dir.resolve("missing.txt").toString(),
                good.toString());

        assertEquals(1, r.code(), "a failed input makes the exit code non-zero");
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        assertTrue(r.err().contains("binary.txt: binary"), r.err());
        assertTrue(r.err().contains("latin1.txt: not UTF-8"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        ArticleResult result = ResultJson.read(Files.readString(out.resolve("good.json")));
        assertEquals("good", result.id());
        for (Span s : result.spans()) {
            assertTrue(s.matches(result.text()), "span text matches the article: " + s);
        }
    }

    @Test
    void helpIsThereForEveryCommand() {
        CliRun r = CliRun.run("extract", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--published"), r.out());
    }
}
