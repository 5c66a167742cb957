package org.whosaid.extract;

/**
 * A stretch of text between quotation marks, marks included.
 *
 * @param start the opening mark
 * @param end one past the closing mark (or past the last paragraph's text where a quote that runs over
 *     paragraphs never closes)
 * @param paragraphs how many paragraphs the quotation runs over
 */
public record Quotation(int start, int end, int paragraphs) {

    /**
     * @param offset a character offset
     * @return whether the offset lies inside the quotation, marks included
     */
    public boolean covers(int offset) {
        return start <= offset && offset < end;
    }

    /**
     * @param from first character
     * @param to one past the last character
     * @return whether the quotation shares a character with the range
     */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
