package org.whosaid;

import java.time.LocalDate;
import java.util.List;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/** Small texts parsed by the real linguistic pass, and spans and statements picked out of them by their words. */
public final class Sample {

    private final Parsed doc;

    private Sample(Parsed doc) {
        this.doc = doc;
    }

    /**
     * @param text a short text
     * @param published its publication date, or null
     * @return the parsed sample
     */
    public static Sample of(String text, LocalDate published) {
        return new Sample(Linguistics.shared().parse(text, published));
    }

    /** @return the parsed text */
    public Parsed doc() {
        return doc;
    }

    /**
     * @param words words that occur in the text
     * @return the span of their first occurrence
     */
    public Span span(String words) {
        return span(words, 0);
    }

    /**
     * @param words words that occur in the text
     * @param from where to start looking
     * @return the span of their first occurrence at or after {@code from}
     */
    public Span span(String words, int from) {
        int at = doc.text().indexOf(words, from);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the sample");
        }
        return Span.of(doc.text(), at, at + words.length());
    }

    /**
     * @param word a token's text
     * @param nth which occurrence, from 0
     * @return the document index of that token
     */
    public int token(String word, int nth) {
        int seen = 0;
        for (Token t : doc.tokens()) {
            if (t.word().equals(word) && seen++ == nth) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("token '" + word + "' #" + nth + " is not in the sample");
    }

    /**
     * A statement as a finder would report it.
     *
     * @param source the source's words, or null
     * @param cue the cue's words, or null
     * @param content the content's words
     * @return the statement, its sentence that of the cue (else the content)
     */
    public Statement statement(String source, String cue, String content) {
        return statement(source, cue, content, 0);
    }

    /**
     * A statement as a finder would report it, its words looked for from an offset on.
     *
     * @param source the source's words, or null
     * @param cue the cue's words, or null
     * @param content the content's words
     * @param from where to start looking for each
     * @return the statement, its sentence that of the cue (else the content)
     */
    public Statement statement(String source, String cue, String content, int from) {
        Span c = span(content, from);
        Span s = source == null ? null : span(source, from);
        Span q = cue == null ? null : span(cue, s == null ? from : s.start());
        int at = q != null ? q.start() : c.start();
        int sentence = 0;
        for (Token t : doc.tokens()) {
            if (t.start() <= at) {
                sentence = t.sentence();
            }
        }
        return new Statement(
                content.startsWith("\"") ? Kind.DIRECT : Kind.INDIRECT, s, q, List.of(c), null, sentence, "sample");
    }

    /**
     * @param found statements
     * @param cue the words of a cue
     * @return the first statement with that cue
     * @throws AssertionError where there is none
     */
    public static Statement byCue(List<Statement> found, String cue) {
        return found.stream()
                .filter(s -> s.cue() != null && s.cue().text().equals(cue))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement with the cue " + cue + ": " + found));
    }
}
