package org.whosaid.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import org.whosaid.store.SearchPage;
import org.whosaid.store.StatementHit;
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
        SearchPage<StatementHit> page;
        try {
            page = store.search(query(ctx));
        } catch (IllegalArgumentException e) {
            // A cursor that is not one of a previous page.
            throw Params.bad("after: " + e.getMessage());
        }
        Server.json(ctx, Page.of(page));
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
        String after = Params.text(ctx, "after");
        Paging paging = Paging.from(ctx);
        if (after != null && paging.offset() != 0) {
            throw Params.bad("after: give either after or offset/page, not both");
        }
        StatementQuery query = StatementQuery.all()
                .withText(Params.text(ctx, "q"))
                .withSpeaker(Params.text(ctx, "speaker"))
                .withSpeakerId(Params.text(ctx, "speakerId"))
                .withAbout(Params.text(ctx, "about"))
                .withAboutId(Params.text(ctx, "aboutId"))
                .withOutlet(Params.text(ctx, "outlet"))
                .withArticleId(Params.text(ctx, "article"))
                .withPeriod(from, to)
                .withMinConfidence(Params.fraction(ctx, "minConfidence"));
        return after == null
                ? query.withPage(paging.offset(), paging.limit())
                : query.withPageAfter(after, paging.limit());
    }
}
