package org.whosaid.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3 description of the API, a resource of this module, served as is. */
final class OpenApi {

    /** Where the document lies on the class path. */
    static final String RESOURCE = "/org/whosaid/server/openapi.json";

    private static final String DOCUMENT = load();

    private OpenApi() {}

    /**
     * Answers with the document.
     *
     * @param ctx a request
     */
    static void serve(Context ctx) {
        ctx.contentType("application/json").result(DOCUMENT);
    }

    /** @return the document's text */
    static String document() {
        return DOCUMENT;
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
