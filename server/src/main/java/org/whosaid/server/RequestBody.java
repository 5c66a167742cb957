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

/** Reads a request body as UTF-8 text, never more than a limit. */
final class RequestBody {

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
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new ContentTooLargeResponse(tooLarge);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            // Read one byte past the limit: a body without a length header is refused all the same.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new ContentTooLargeResponse(tooLarge);
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
}
