package org.whosaid.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.whosaid.SharedData;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.store.Store;

/**
 * One whosaid server for all tests of the JVM: a real store in a temporary folder, filled with the
 * real extraction results of the seed article and of the test articles, served on 127.0.0.1 at a free
 * port. It is closed, and its folder removed, when the test run ends.
 */
final class LiveServer implements AutoCloseable {

    /** The seed article's store id. */
    static final String SEED = "flynn-immunity";
    /** A short local-news article. */
    static final String COUNCIL = "council-budget";
    /** An article whose text holds HTML and scripts. */
    static final String HOSTILE = "hostile-markup";

    private final Path dir;
    private final Store store;
    private final Server server;
    private final Map<String, ArticleResult> extracted;

    private LiveServer() throws IOException {
        dir = Files.createTempDirectory("whosaid-server-test");
        extracted = new LinkedHashMap<>();
        List<Article> articles = List.of(
                new Article(
                        SEED,
                        Files.readString(SharedData.examples().resolve(SEED + ".txt")),
                        null,
                        null,
                        null,
                        LocalDate.parse("2017-03-31"),
                        SEED),
                new Article(
                        COUNCIL,
                        resource(COUNCIL),
                        "City Council Approves Budget After Long Debate",
                        "https://example.org/riverside/budget",
                        "Riverside Gazette",
                        LocalDate.parse("2023-05-10"),
                        COUNCIL),
                new Article(
                        HOSTILE,
                        resource(HOSTILE),
                        "Researchers Warn <b>About</b> Pages",
                        "javascript:window.__pwned=4",
                        "Web <i>Safety</i> Weekly",
                        LocalDate.parse("2024-02-05"),
                        HOSTILE));
        try (Store writer = Store.open(dir)) {
            for (Article article : articles) {
                ArticleResult result = Whosaid.extract(article);
                if (article.id().equals(COUNCIL)) {
                    result = withConfidences(result);
                }
                extracted.put(article.id(), result);
                writer.ingest(result, article);
            }
            writer.commit();
        }
        store = Store.openReadOnly(dir);
        server = new Server(store, ServerConfig.of("127.0.0.1", 0)).start();
    }

    /**
     * One article's statements carry a confidence, as a learned model gives them, so that what shows
     * and filters confidences has some to work on whatever the extractor estimates.
     */
    private static ArticleResult withConfidences(ArticleResult r) {
        List<Attribution> rated = new ArrayList<>();
        for (Attribution a : r.attributions()) {
            rated.add(a.confidence() != null ? a : a.withConfidence(0.45 + 0.1 * (rated.size() % 5)));
        }
        return new ArticleResult(r.id(), r.published(), r.title(), r.url(), r.outlet(), r.text(), r.entities(), rated);
    }

    /**
     * @param context any test's context
     * @return the JVM's live server, started on first use
     */
    static LiveServer get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LiveServer.class, key -> start(), LiveServer.class);
    }

    private static LiveServer start() {
        try {
            return new LiveServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a test article's name
     * @return its text, from the test resources
     */
    static String resource(String name) {
        try (InputStream in = LiveServer.class.getResourceAsStream("/articles/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("test article " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server's address, without a trailing slash */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the running server */
    Server server() {
        return server;
    }

    /** @return the store folder */
    Path dir() {
        return dir;
    }

    /**
     * @param id a test article's id
     * @return what the extractor found in it before it was stored
     */
    ArticleResult extracted(String id) {
        return extracted.get(id);
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
