package org.whosaid.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user names (files and directories) into articles, by the kind of each file. */
public final class Inputs {

    private Inputs() {}

    /**
     * Reads every article of the given paths; a directory stands for the files in it whose names
     * mark a kind whosaid reads (.txt, .html, .warc.gz, .rss, .jsonl, ...), in name order. Problems go
     * to the sink and the rest goes on.
     *
     * @param paths files and directories
     * @param sink where articles and problems go
     */
    public static void read(List<Path> paths, ArticleSink sink) {
        for (Path file : files(paths, sink)) {
            read(file, sink);
        }
    }

    /**
     * Reads every article of one file; problems go to the sink.
     *
     * @param file a file
     * @param sink where articles and problems go
     */
    public static void read(Path file, ArticleSink sink) {
        try {
            readerFor(file).read(file, sink);
        } catch (InputException e) {
            sink.problem(e);
        } catch (RuntimeException e) {
            sink.problem(new InputException(file.toString(), "unreadable (" + e + ")"));
        }
    }

    /**
     * The files that {@link #read(List, ArticleSink)} reads, in the order it reads them: a directory
     * stands for the files in it whose names mark a kind whosaid reads, in name order.
     *
     * @param paths files and directories
     * @param sink where a directory that cannot be listed or holds no input is reported
     * @return the files
     */
    public static List<Path> files(List<Path> paths, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path, sink));
        }
        return files;
    }

    /**
     * @param file a file
     * @return the reader for its kind, recognised by content and name
     * @throws InputException where the file is missing, empty or of no kind whosaid reads
     */
    public static ArticleReader readerFor(Path file) throws InputException {
        return InputKind.detect(file).reader();
    }

    /**
     * @param file a file
     * @return its name without directory and without its last extension
     */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> expand(Path path, ArticleSink sink) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> out = new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> InputKind.byName(f) != null)
                    .sorted()
                    .toList());
            if (out.isEmpty()) {
                sink.problem(new InputException(path.toString(), "directory holds no readable input"));
            }
            return out;
        } catch (IOException e) {
            sink.problem(new InputException(path.toString(), "directory cannot be listed (" + e.getMessage() + ")"));
            return List.of();
        }
    }
}
