package org.whosaid.server;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind (a loopback address keeps the server private to this machine)
 * @param port the port to bind; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param extractionsAtOnce how many texts are extracted at the same time; further requests wait
 * @param workers how many requests are answered at the same time; further requests wait their turn
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int extractionsAtOnce, int workers) {

    /** The address bound unless told otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port bound unless told otherwise. */
    public static final int DEFAULT_PORT = 7070;
    /** One megabyte: a long article is a few tens of kilobytes. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;

    /** Checks the values. */
    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        if (extractionsAtOnce < 1) {
            throw new IllegalArgumentException("extractionsAtOnce must be positive");
        }
        if (workers <= extractionsAtOnce) {
            throw new IllegalArgumentException("workers must be more than extractionsAtOnce, so that searches go on");
        }
    }

    /**
     * @param host the address to bind
     * @param port the port to bind; 0 picks a free one
     * @return a configuration with the default limits
     */
    public static ServerConfig of(String host, int port) {
        int processors = Runtime.getRuntime().availableProcessors();
        // Searches use the processors and rarely wait on the disk: a few threads per processor keep
        // them busy; extractions, which take seconds, get at most half of them.
        return new ServerConfig(
                host, port, DEFAULT_MAX_BODY_BYTES, Math.max(1, processors / 2), Math.max(8, 4 * processors));
    }

    /** @return the default configuration: 127.0.0.1:7070 */
    public static ServerConfig defaults() {
        return of(DEFAULT_HOST, DEFAULT_PORT);
    }
}
