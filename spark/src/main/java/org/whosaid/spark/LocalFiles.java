package org.whosaid.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The whosaid readers read local files: an input on another file system (HDFS, S3) is copied to a
 * temporary folder on the executor first, under its own name, and removed once read.
 */
final class LocalFiles {

    private LocalFiles() {}

    /**
     * A local file for an input, and the names the readers will give it.
     *
     * @param path the file to read
     * @param copy the temporary folder holding a copy, or null where the input is local
     */
    record Local(Path path, Path copy) implements AutoCloseable {

        /**
         * @param label a name a reader gave (the file, or a record of it)
         * @param name the input's name as given to the job
         * @return the label under the input's name
         */
        String rename(String label, String name) {
            String local = path.toString();
            return label.startsWith(local) ? name + label.substring(local.length()) : label;
        }

        @Override
        public void close() {
            if (copy == null) {
                return;
            }
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A temporary copy left behind is removed with the executor's temporary folder.
            }
        }
    }

    /**
     * @param uri the input's address
     * @param hadoop Hadoop's configuration, as the driver had it
     * @return a local file with the input's content
     * @throws FileNotFoundException where there is no such file
     * @throws IOException where it cannot be copied
     */
    static Local open(String uri, Map<String, String> hadoop) throws IOException {
        URI address = URI.create(uri);
        if ("file".equals(address.getScheme())) {
            return new Local(Path.of(address), null);
        }
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(address);
        FileSystem fs = remote.getFileSystem(conf);
        Path dir = Files.createTempDirectory("whosaid-input");
        Path file = dir.resolve(remote.getName());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, file);
        } catch (IOException e) {
            new Local(file, dir).close();
            throw e;
        }
        return new Local(file, dir);
    }
}
