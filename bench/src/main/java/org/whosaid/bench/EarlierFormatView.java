package org.whosaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Makes a store of the current format readable by an earlier build, for comparing the two on the same
 * statements without building a second large store: the index files are linked, not copied, into a
 * new folder whose commit names format 1. Earlier builds search a format-2 store correctly (it holds
 * every field they read, and their ranking does not depend on the order of documents on disk); they
 * only do not use its order. The view is for benchmarks only and must not be written to.
 *
 * <p>Usage: {@code EarlierFormatView STORE VIEW}.
 */
public final class EarlierFormatView {

    private EarlierFormatView() {}

    /**
     * @param args the store and the folder of the view (absent or empty)
     * @throws IOException where the store cannot be read or the view written
     */
    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        Path view = Path.of(args[1]);
        Files.createDirectories(view);
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.createLink(view.resolve(f.getFileName()), f);
                }
            }
        }
        try (FSDirectory directory = FSDirectory.open(view);
                IndexWriter writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig()
                                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                                .setIndexSort(SegmentInfos.readLatestCommit(directory)
                                        .info(0)
                                        .info
                                        .getIndexSort()))) {
            Map<String, String> data =
                    new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            data.put("whosaid.store.format", "1");
            writer.setLiveCommitData(data.entrySet());
            // A commit with nothing else changed writes only a new segments file.
            writer.commit();
        }
        System.out.println(view + ": " + store + " as format 1");
    }
}
