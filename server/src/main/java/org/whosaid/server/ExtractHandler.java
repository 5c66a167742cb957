package org.whosaid.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.concurrent.Semaphore;
import org.whosaid.Whosaid;
import org.whosaid.article.Article;
import org.whosaid.result.ResultJson;

/**
 * {@code POST /api/extract}: who said what in a posted text. The body is JSON ({@link ExtractRequest})
 * or plain text (then {@code published} and {@code id} come as query parameters). The linguistic
 * models load on the first call.
 */
final class ExtractHandler implements Handler {

    /** The id of an answer whose request gave none. */
    static final String DEFAULT_ID = "posted";

    private static final int MAX_FIELD = 2_000;

    private final long maxBodyBytes;
    private final Semaphore permits;

    ExtractHandler(ServerConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.permits = new Semaphore(config.extractionsAtOnce(), true);
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        Article article = article(ctx);
        permits.acquire();
        try {
            Server.json(ctx, Whosaid.extract(article));
        } finally {
            permits.release();
        }
    }

    private Article article(Context ctx) {
        String body = RequestBody.text(ctx, maxBodyBytes);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        ExtractRequest request;
        if (type.startsWith("application/json")) {
            request = parse(body);
        } else if (type.startsWith("text/plain")) {
            request = new ExtractRequest(body, ctx.queryParam("published"), ctx.queryParam("id"), null, null, null);
        } else {
            throw new HttpResponseException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "send the text as application/json or text/plain, not '" + ctx.contentType() + "'");
        }
        if (request.text() == null || request.text().isBlank()) {
            throw Params.bad("text: missing or empty");
        }
        String id = field("id", request.id());
        return new Article(
                id == null ? DEFAULT_ID : id,
                request.text(),
                field("title", request.title()),
                field("url", request.url()),
                field("outlet", request.outlet()),
                Params.day("published", request.published()),
                "request");
    }

    private static ExtractRequest parse(String body) {
        try {
            ExtractRequest request = ResultJson.mapper().readValue(body, ExtractRequest.class);
            if (request == null) {
                throw Params.bad("body: expected a JSON object with a \"text\" field");
            }
            return request;
        } catch (JacksonException e) {
            throw Params.bad("body: not a JSON object with a \"text\" field: " + e.getOriginalMessage());
        }
    }

    private static String field(String name, String value) {
        return Params.clean(name, value, MAX_FIELD);
    }
}
