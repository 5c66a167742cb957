package org.whosaid.server;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whosaid.result.ResultJson;
import org.whosaid.store.Store;

/**
 * The whosaid web server: the JSON API under {@code /api} and the web page, over one store. Every route,
 * header and limit is set here; the handlers only answer.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** How often a read-only store looks for what was committed since it was opened. */
    private static final long REFRESH_SECONDS = 10;

    private static final String INTERNAL_ERROR = "internal error: the server could not answer this request";
    private static final ObjectMapper JSON = ResultJson.mapper()
            .copy()
            .disable(SerializationFeature.INDENT_OUTPUT)
            // Only record components and getters: helpers such as Span.isEmpty() are not part of the answer.
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private final Store store;
    private final ServerConfig config;
    private final Javalin app;
    private ScheduledExecutorService refresher;

    /**
     * Builds the server; {@link #start()} binds it.
     *
     * @param store the store to answer from (read-only access is enough)
     * @param config where to listen and what to accept
     */
    public Server(Store store, ServerConfig config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.app = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig cfg) {
        cfg.jetty.threadPool = workers(config.workers());
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.jsonMapper(new JavalinJackson(jsonMapper(), false));
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = SecurityHeaders.ALL;
        });
        cfg.router.javaLangErrorHandler((response, error) -> {
            LOG.error("could not answer a request", error);
            response.setStatus(500);
            response.setContentType("application/json");
            try {
                JSON.writeValue(response.getOutputStream(), new ApiError(INTERNAL_ERROR, 500));
            } catch (java.io.IOException | IllegalStateException e) {
                LOG.warn("could not send the error answer: {}", e.getMessage());
            }
        });

        StatementsHandler statements = new StatementsHandler(store);
        ListsHandler lists = new ListsHandler(store);
        cfg.routes.before(SecurityHeaders::add);
        cfg.routes.get("/api/statements", statements);
        cfg.routes.get("/api/speakers", lists::speakers);
        cfg.routes.get("/api/speakers/{id}", new SpeakerHandler(store));
        cfg.routes.get("/api/articles", lists::articles);
        cfg.routes.get("/api/articles/{id}", new ArticleHandler(store));
        cfg.routes.get("/api/counts", lists::counts);
        cfg.routes.post("/api/extract", new ExtractHandler(config));
        cfg.routes.get("/api/openapi.json", OpenApi::serve);

        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("could not answer {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, INTERNAL_ERROR);
        });
    }

    /** @return the JSON mapping of every answer (thread safe) */
    static ObjectMapper jsonMapper() {
        return JSON;
    }

    /**
     * Writes an answer as JSON straight to the response, without building its text first.
     *
     * @param ctx a request
     * @param value the answer
     */
    static void json(Context ctx, Object value) {
        ctx.contentType("application/json");
        try {
            JSON.writeValue(ctx.outputStream(), value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The threads that answer: a fixed number sized to the machine, so that many clients at once queue
     * in arrival order rather than share the processors among hundreds of threads.
     */
    private static QueuedThreadPool workers(int workers) {
        // Jetty's acceptor and selector take threads of the pool too.
        QueuedThreadPool pool = new QueuedThreadPool(workers + 4, workers + 4, 60_000);
        pool.setName("whosaid-http");
        return pool;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, new ApiError(message, status));
    }

    /**
     * Binds the configured address and starts answering.
     *
     * @return this server
     */
    public Server start() {
        app.start(config.host(), config.port());
        if (!store.writable()) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "whosaid-store-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        }
        return this;
    }

    private void refresh() {
        try {
            store.refresh();
        } catch (RuntimeException e) {
            LOG.warn("could not refresh the store: {}", e.getMessage());
        }
    }

    /** @return the port the server listens on (the one picked, where the configuration said 0) */
    public int port() {
        return app.port();
    }

    /** @return the configuration the server was built with */
    public ServerConfig config() {
        return config;
    }

    /** @return the underlying web application, to inspect its routes */
    public Javalin app() {
        return app;
    }

    /** Stops answering and releases the port; the store stays open (its owner closes it). */
    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        app.stop();
    }
}
