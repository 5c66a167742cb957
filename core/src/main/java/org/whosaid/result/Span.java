package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A range of characters in an article's text, {@code end} exclusive, with the text it covers.
 * Offsets are Java {@code String} indices (UTF-16 code units) into the article text as read.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the covered text, repeated so that a reader can check the offsets
 */
public record Span(int start, int end, String text) {

    /** Checks that the offsets are ordered and the text is as long as the range. */
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
    }

    /**
     * The span of {@code source[start, end)}.
     *
     * @param source the article text
     * @param start first character
     * @param end one past the last character
     * @return the span, its text taken from the source
     */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    /**
     * The span of {@code source[start, end)} without white space at either edge.
     *
     * @param source the article text
     * @param start first character
     * @param end one past the last character
     * @return the trimmed span; empty (at {@code start}) where the range holds only white space
     */
    public static Span trimmed(String source, int start, int end) {
        while (start < end && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        return of(source, start, end);
    }

    /** @return the number of characters covered */
    public int length() {
        return end - start;
    }

    /** @return whether this span covers no character (not part of the JSON form) */
    @JsonIgnore
    public boolean isEmpty() {
        return start == end;
    }

    /**
     * @param other another span of the same text
     * @return whether the two share at least one character
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * @param other another span of the same text
     * @return whether every character of {@code other} lies in this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * @param source the article text this span claims to cover
     * @return whether the span's text equals the source at its offsets
     */
    public boolean matches(String source) {
        return end <= source.length() && source.regionMatches(start, text, 0, text.length());
    }
}
