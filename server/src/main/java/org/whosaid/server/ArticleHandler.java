package org.whosaid.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.whosaid.store.Store;

/** {@code GET /api/articles/{id}}: a stored article with its text, statements and entities. */
final class ArticleHandler implements Handler {

    private final Store store;

    ArticleHandler(Store store) {
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Server.json(
                ctx,
                store.article(id)
                        .map(ArticleView::of)
                        .orElseThrow(() -> new NotFoundResponse("no article with id '" + id + "'")));
    }
}
