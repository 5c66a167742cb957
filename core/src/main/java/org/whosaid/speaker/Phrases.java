package org.whosaid.speaker;

import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Span;

/** Where phrases sit in the dependency tree. */
public final class Phrases {

    private Phrases() {}

    /**
     * @param doc the parsed article
     * @param span a span of its text
     * @return document index of the first token in the span whose head lies outside it (the phrase's
     *         head), or -1 where the span covers no whole token
     */
    public static int headOf(Parsed doc, Span span) {
        int fallback = -1;
        for (Token t : doc.tokens()) {
            if (t.start() < span.start() || t.end() > span.end()) {
                continue;
            }
            fallback = fallback < 0 ? t.index() : fallback;
            Token h = t.head() < 0 ? null : doc.tokens().get(t.head());
            if (h == null || h.start() < span.start() || h.end() > span.end()) {
                return t.index();
            }
        }
        return fallback;
    }

    /**
     * @param doc the parsed article
     * @param ancestor a document token index
     * @param token another one in the same sentence
     * @return whether {@code ancestor} is {@code token} or above it in the dependency tree
     */
    public static boolean dominates(Parsed doc, int ancestor, int token) {
        int t = token;
        for (int steps = 0; t >= 0 && steps < 64; steps++) {
            if (t == ancestor) {
                return true;
            }
            t = doc.tokens().get(t).head();
        }
        return false;
    }
}
