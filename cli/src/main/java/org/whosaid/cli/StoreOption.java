package org.whosaid.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option: where the store lives. */
final class StoreOption {

    /** Environment variable naming the store folder when {@code --store} is not given. */
    static final String ENV = "WHOSAID_STORE";

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description =
                    "Store folder. Default: $" + ENV + ", else $XDG_DATA_HOME/whosaid, else ~/.local/share/whosaid.")
    Path dir;

    /** @return the store folder: the option, else the environment's, else the user's data folder */
    Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank()
                ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("whosaid");
    }
}
