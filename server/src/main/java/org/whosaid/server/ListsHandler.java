package org.whosaid.server;

import io.javalin.http.Context;
import org.whosaid.store.Store;

/** The listings of the store: speakers by name, articles, and how much the store holds. */
final class ListsHandler {

    private final Store store;

    ListsHandler(Store store) {
        this.store = store;
    }

    /** {@code GET /api/speakers}: speakers whose names hold the words of {@code name}. */
    void speakers(Context ctx) {
        Paging paging = Paging.from(ctx);
        Server.json(ctx, Page.of(store.speakers(Params.text(ctx, "name"), paging.offset(), paging.limit())));
    }

    /** {@code GET /api/articles}: stored articles, newest first. */
    void articles(Context ctx) {
        Paging paging = Paging.from(ctx);
        Server.json(ctx, Page.of(store.articles(paging.offset(), paging.limit())));
    }

    /** {@code GET /api/counts}: how many articles, statements and speakers the store holds. */
    void counts(Context ctx) {
        Server.json(ctx, store.counts());
    }
}
