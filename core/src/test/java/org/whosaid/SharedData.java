package org.whosaid;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the data that lives beside the project, not in it (the PolNeAR corpus, the reference
 * scorers). Tests that need it are skipped, with a message, where it is absent.
 */
public final class SharedData {

    private SharedData() {}

    /** @return the shared folder, from the {@code whosaid.shared} property or {@code ../shared} */
    public static Path root() {
        String p = System.getProperty("whosaid.shared");
        return Path.of(p != null ? p : "../shared").toAbsolutePath().normalize();
    }

    /**
     * @param relative a path inside the shared folder
     * @return that path; the calling test is skipped where the shared folder is absent, and fails where
     *     the folder is there but the path cannot be read
     */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(
                Files.isDirectory(root), "skipped: " + root + " is absent (the shared data lives beside the project)");
        Path p = root.resolve(relative);
        if (!Files.isReadable(p)) {
            throw new AssertionError(p + " cannot be read, though the shared folder " + root + " is there");
        }
        return p;
    }

    /** @return the PolNeAR dev split; the calling test is skipped where it is absent */
    public static Path polnearDev() {
        return require("data/polnear/dev");
    }

    /** @return the PolNeAR train split; the calling test is skipped where it is absent */
    public static Path polnearTrain() {
        return require("data/polnear/train");
    }

    /** @return the examples folder of the project (seed article and its hand annotation) */
    public static Path examples() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("mvnw"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("examples folder not found above " + here);
    }
}
