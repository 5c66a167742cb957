package org.whosaid.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import org.whosaid.store.StatementQuery;
import org.whosaid.store.Store;

/** {@code GET /api/statements}: statements that match the query's criteria, one page of them. */
final class StatementsHandler implements Handler {

    private final Store store;

    StatementsHandler(Store store) {
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(Page.of(store.search(query(ctx))));
    }

    /**
     * @param ctx a request
     * @return the store query its parameters ask for
     */
    static StatementQuery query(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw Params.bad("from (" + from + ") is after to (" + to + ")");
        }
        Paging paging = Paging.from(ctx);
        return StatementQuery.all()
                .withText(Params.text(ctx, "q"))
                .withSpeaker(Params.text(ctx, "speaker"))
                .withSpeakerId(Params.text(ctx, "speakerId"))
                .withAbout(Params.text(ctx, "about"))
                .withAboutId(Params.text(ctx, "aboutId"))
                .withOutlet(Params.text(ctx, "outlet"))
                .withArticleId(Params.text(ctx, "article"))
                .withPeriod(from, to)
                .withPage(paging.offset(), paging.limit());
    }
}
