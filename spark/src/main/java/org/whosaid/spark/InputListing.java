package org.whosaid.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.whosaid.article.Article;
import org.whosaid.article.ArticleSink;
import org.whosaid.article.InputException;
import org.whosaid.article.InputKind;
import org.whosaid.article.Inputs;

/**
 * The files a job reads, listed on the driver in the order {@code whosaid extract} reads them: each
 * input in turn, a folder standing for the files in it whose names mark a kind whosaid reads, in
 * name order. Local paths keep the names they were given; other addresses are listed through
 * Hadoop (hdfs://, s3a://, globs).
 *
 * @param files rows of {@link CorpusRows#INPUTS}, numbered from 1
 * @param problems rows of {@link CorpusRows#ERRORS}: inputs that are missing or empty folders
 */
record InputListing(List<Row> files, List<Row> problems) {

    /**
     * @param inputs paths and addresses as given
     * @param conf Hadoop's configuration, for addresses other than local paths
     * @return the files to read and the inputs that give none
     */
    static InputListing of(List<String> inputs, Configuration conf) {
        List<Row> files = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        for (String input : inputs) {
            Path local = localPath(input);
            if (local != null) {
                for (Path file : Inputs.files(List.of(local), new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        // Listing only.
                    }

                    @Override
                    public void problem(InputException problem) {
                        problems.add(CorpusRows.error(problem.input(), null, problem.reason()));
                    }
                })) {
                    String uri = file.toAbsolutePath().normalize().toUri().toString();
                    files.add(RowFactory.create(files.size() + 1, file.toString(), uri));
                }
            } else {
                listRemote(input, conf, files, problems);
            }
        }
        return new InputListing(List.copyOf(files), List.copyOf(problems));
    }

    /** The local path an input names, or null where it is an address of another file system. */
    private static Path localPath(String input) {
        try {
            URI uri = new URI(input);
            if (uri.getScheme() == null || uri.getScheme().length() == 1) {
                return Path.of(input);
            }
            return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(input);
        }
    }

    private static void listRemote(String input, Configuration conf, List<Row> files, List<Row> problems) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                problems.add(CorpusRows.error(input, null, "no such file"));
                return;
            }
            Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus match : matches) {
                if (!match.isDirectory()) {
                    add(match, files);
                    continue;
                }
                FileStatus[] children = fs.listStatus(match.getPath());
                Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
                int before = files.size();
                for (FileStatus child : children) {
                    String name = child.getPath().getName();
                    if (child.isFile() && !name.startsWith(".") && InputKind.byName(Path.of(name)) != null) {
                        add(child, files);
                    }
                }
                if (files.size() == before) {
                    problems.add(
                            CorpusRows.error(match.getPath().toString(), null, "directory holds no readable input"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(CorpusRows.error(input, null, "cannot be listed (" + e.getMessage() + ")"));
        }
    }

    private static void add(FileStatus file, List<Row> files) {
        String uri = file.getPath().toString();
        files.add(RowFactory.create(files.size() + 1, uri, uri));
    }
}
