package org.whosaid.server;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as UTF-8 text, never more than a limit. A body over the limit is read and
 * dropped, up to {@link #DISCARD_LIMIT}, before the refusal is sent: many clients (Python's urllib,
 * curl without {@code Expect}) send the whole body before they read the answer, and would see the
 * connection reset rather than the 413 if the server closed it with their body unread.
 */
final class RequestBody {

    /** The most of an oversize body read and dropped; past it the connection is closed. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    private RequestBody() {}

    /**
     * @param ctx a request
     * @param maxBytes the largest body accepted
     * @return the body as text
     * @throws ContentTooLargeResponse where the body is larger than the limit
     * @throws io.javalin.http.BadRequestResponse where the body is not UTF-8
     */
    static String text(Context ctx, long maxBytes) {
        String tooLarge = "request body larger than " + maxBytes + " bytes";
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            if (ctx.req().getContentLengthLong() > maxBytes) {
                discard(ctx, in, 0);
                throw new ContentTooLargeResponse(tooLarge);
            }
            // Read one byte past the limit: a body without a length header is refused all the same.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                discard(ctx, in, bytes.length);
                throw new ContentTooLargeResponse(tooLarge);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Params.bad("request body is not UTF-8 text");
        }
    }

    /** Reads and drops the rest of a body, up to the discard limit; past it, the connection is closed. */
    private static void discard(Context ctx, InputStream in, long alreadyRead) throws IOException {
        long budget = DISCARD_LIMIT - alreadyRead;
        byte[] sink = new byte[64 * 1024];
        for (int n = 0; n >= 0 && budget > 0; n = in.read(sink, 0, (int) Math.min(sink.length, budget))) {
            budget -= n;
        }
        if (budget <= 0 && in.read() >= 0) {
            ctx.header("Connection", "close");
        }
    }
}
