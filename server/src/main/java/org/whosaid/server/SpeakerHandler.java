package org.whosaid.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.whosaid.store.Store;

/** {@code GET /api/speakers/{id}}: a speaker's names, titles over time and first statements. */
final class SpeakerHandler implements Handler {

    private final Store store;

    SpeakerHandler(Store store) {
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Server.json(ctx, store.speaker(id).orElseThrow(() -> new NotFoundResponse("no speaker with id '" + id + "'")));
    }
}
