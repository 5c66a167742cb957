package org.whosaid.server;

import io.javalin.http.Context;

/**
 * Which slice of a list a request asks for: {@code offset}/{@code limit}, or {@code page} (from 1) and
 * {@code size}.
 *
 * @param offset items to skip
 * @param limit items to return at most
 */
record Paging(int offset, int limit) {

    /** Page size unless the request says otherwise. */
    static final int DEFAULT_SIZE = 20;
    /** The largest page a request may ask for. */
    static final int MAX_SIZE = 100;

    /**
     * @param ctx a request
     * @return the slice it asks for
     * @throws io.javalin.http.BadRequestResponse where a value is not a number or out of range
     */
    static Paging from(Context ctx) {
        boolean byOffset = ctx.queryParam("offset") != null || ctx.queryParam("limit") != null;
        if (byOffset && (ctx.queryParam("page") != null || ctx.queryParam("size") != null)) {
            throw Params.bad("use either offset/limit or page/size, not both");
        }
        if (byOffset) {
            int limit = Params.integer(ctx, "limit", DEFAULT_SIZE, 1, MAX_SIZE);
            return new Paging(Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_SIZE), limit);
        }
        int size = Params.integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        int page = Params.integer(ctx, "page", 1, 1, (Integer.MAX_VALUE - MAX_SIZE) / MAX_SIZE);
        return new Paging((page - 1) * size, size);
    }
}
