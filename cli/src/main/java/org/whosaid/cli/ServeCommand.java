package org.whosaid.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.whosaid.server.Server;
import org.whosaid.server.ServerConfig;
import org.whosaid.store.Store;
import org.whosaid.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whosaid serve}: the web page and the JSON API over a store, until interrupted. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the search page and the JSON API (/api, described at /api/openapi.json) over a store.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(
            names = "--port",
            defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        Path store = storeOption.resolve();
        ServerConfig config;
        try {
            config = ServerConfig.of(host, port);
        } catch (IllegalArgumentException e) {
            Errors.report(e.getMessage());
            return 2;
        }
        Store opened;
        try {
            opened = Store.openReadOnly(store);
        } catch (StoreException e) {
            Errors.report(e.getMessage());
            return 1;
        }
        Server server = new Server(opened, config);
        try {
            server.start();
        } catch (RuntimeException e) {
            opened.close();
            Errors.report("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            opened.close();
                            stopped.countDown();
                        },
                        "whosaid-serve-stop"));
        Errors.report("serving " + store + " at http://" + hostForUrl(host) + ":" + server.port() + "/ (Ctrl-C stops)");
        if (!isLoopback(host)) {
            Errors.report("warning: " + host + " is reachable from other machines; the API has no access control");
        }
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
