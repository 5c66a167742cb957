package org.whosaid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.article.InputException;
import org.whosaid.article.Inputs;
import org.whosaid.eval.SpeakerCheck;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.ResultJson;

/**
 * {@code whosaid eval --speakers DIR}: who is the speaker, and with what titles, against hand
 * annotations, with the figures of the reference check {@code speakercheck.py}.
 */
final class SpeakerEvaluation {

    private SpeakerEvaluation() {}

    /**
     * @param speakers the speaker annotations, {@code NAME.json} each
     * @param texts the articles, {@code NAME.txt} each
     * @param pred existing predictions {@code NAME.json}, or null to extract the annotated articles
     * @param out where to write the extracted results too, or null
     * @param threads articles extracted at once
     * @param json whether to print one JSON object rather than the lines
     * @return the exit code
     */
    static int run(Path speakers, Path texts, Path pred, Path out, int threads, boolean json) throws IOException {
        SpeakerCheck.Result result;
        int failed = 0;
        try {
            if (pred != null) {
                result = SpeakerCheck.score(speakers, texts, pred);
            } else {
                Map<String, ArticleResult> results = new LinkedHashMap<>();
                List<String> names = annotated(speakers);
                // The articles read as "whosaid extract" reads them.
                List<Path> files =
                        names.stream().map(n -> texts.resolve(n + ".txt")).toList();
                failed = Extraction.run(threads, null, sink -> Inputs.read(files, sink), r -> results.put(r.id(), r));
                if (out != null) {
                    Files.createDirectories(out);
                    for (ArticleResult r : results.values()) {
                        ResultJson.write(r, out.resolve(r.id() + ".json"));
                    }
                }
                result = SpeakerCheck.score(speakers, texts, name -> tree(results.get(name)));
            }
        } catch (InputException e) {
            Errors.report(e.getMessage());
            return 1;
        }
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        stdout.print(
                json
                        ? ResultJson.mapper().writeValueAsString(SpeakerCheck.json(result)) + "\n"
                        : SpeakerCheck.text(result));
        stdout.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The articles the annotations are for, by the names of their files. */
    private static List<String> annotated(Path speakers) throws InputException {
        try (var files = Files.list(speakers)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(speakers.toString(), "cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static JsonNode tree(ArticleResult r) {
        return r == null ? null : ResultJson.mapper().valueToTree(r);
    }
}
