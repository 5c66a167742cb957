package org.whosaid.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every answer carries: the page runs only its own scripts and styles, and browsers
 * take each file for the type it is sent as.
 */
final class SecurityHeaders {

    /** Header name to value. */
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy",
                    "default-src 'none'; script-src 'self'; style-src 'self'; "
                            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
                            + "frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}

    /**
     * Sets the headers on an answer.
     *
     * @param ctx a request
     */
    static void add(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
