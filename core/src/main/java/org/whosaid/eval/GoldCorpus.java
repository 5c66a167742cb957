package org.whosaid.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.whosaid.article.InputException;

/**
 * A gold folder in PolNeAR's layout: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}.
 * Where several annotators annotated an article, the lexicographically first file is the gold.
 *
 * @param folder the folder
 * @param articles the articles by name, in name order
 * @param gold the gold statements of each article
 * @param stats what was noticed while reading
 */
public record GoldCorpus(
        Path folder, Map<String, ScoredArticle> articles, Map<String, List<ScoredAttribution>> gold, GoldStats stats) {

    /** Keeps the maps unmodifiable; their order is the articles' name order. */
    public GoldCorpus {
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        gold = Collections.unmodifiableMap(new LinkedHashMap<>(gold));
    }

    /**
     * @param folder a gold folder
     * @return its articles and gold statements
     * @throws InputException where the folder, its texts or its annotations cannot be read
     */
    public static GoldCorpus load(Path folder) throws InputException {
        Map<String, List<Path>> annotations = annotationFiles(folder.resolve("attributions"));
        GoldStats.Tally stats = new GoldStats.Tally();
        Map<String, ScoredArticle> articles = new LinkedHashMap<>();
        Map<String, List<ScoredAttribution>> gold = new LinkedHashMap<>();
        for (Path file : list(folder.resolve("text"), ".txt")) {
            String name = stem(file, ".txt");
            ScoredArticle article = ScoredArticle.of(name, PythonText.read(file));
            articles.put(name, article);
            List<Path> files = annotations.getOrDefault(name, List.of());
            if (files.size() > 1) {
                stats.multiAnnotator++;
            }
            if (files.isEmpty()) {
                stats.withoutAnnotation++;
                gold.put(name, List.of());
            } else {
                gold.put(name, List.copyOf(BratReader.read(PythonText.read(files.get(0)), article, stats)));
            }
        }
        return new GoldCorpus(folder, articles, gold, stats.freeze());
    }

    /** @return the number of tokens of all articles, as the scorer counts them */
    public long tokenCount() {
        return articles.values().stream().mapToLong(a -> a.tokens().count()).sum();
    }

    /** Annotation files by article name ({@code NAME_ANNOTATOR.ann}), each list in name order. */
    private static Map<String, List<Path>> annotationFiles(Path dir) throws InputException {
        Map<String, List<Path>> byName = new TreeMap<>(PythonText.ORDER);
        for (Path file : list(dir, ".ann")) {
            String stem = stem(file, ".ann");
            int cut = stem.lastIndexOf('_');
            byName.computeIfAbsent(cut >= 0 ? stem.substring(0, cut) : stem, k -> new ArrayList<>())
                    .add(file);
        }
        return byName;
    }

    /** The files of a folder with the given ending, in name order. */
    static List<Path> list(Path dir, String ending) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending))
                    .sorted((a, b) -> PythonText.ORDER.compare(
                            a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** A file's name without the given ending. */
    static String stem(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ending.length());
    }
}
