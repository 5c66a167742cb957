package org.whosaid.eval;

import java.util.Arrays;

/**
 * A text indexed by code points, as Python indexes its strings: character {@code i} is the
 * {@code i}-th Unicode character, whatever its length in UTF-16. For text inside the Basic
 * Multilingual Plane the indices equal {@code String} indices.
 */
public final class CodePoints {

    private final String text;
    /** UTF-16 index of each code point, and the text's length last; null where the two agree. */
    private final int[] utf16;

    private final int length;

    /**
     * @param text a text
     */
    public CodePoints(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            this.utf16 = null;
        } else {
            int[] at = new int[length + 1];
            int j = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                at[j++] = i;
            }
            at[length] = text.length();
            this.utf16 = at;
        }
    }

    /** @return the text as a Java string */
    public String string() {
        return text;
    }

    /** @return the number of code points */
    public int length() {
        return length;
    }

    /**
     * @param index a code point index
     * @return the code point there
     */
    public int at(int index) {
        return text.codePointAt(utf16(index));
    }

    /**
     * @param start first code point
     * @param end one past the last
     * @return the text between, as Python's {@code text[start:end]} for valid indices
     */
    public String slice(int start, int end) {
        return text.substring(utf16(start), utf16(end));
    }

    /**
     * @param codePointIndex a code point index, 0 to {@link #length()}
     * @return the same position as a {@code String} index
     */
    public int utf16(int codePointIndex) {
        return utf16 == null ? codePointIndex : utf16[codePointIndex];
    }

    /**
     * @param stringIndex a {@code String} index, 0 to the string's length
     * @return the same position as a code point index (a position inside a surrogate pair counts as
     *         the pair's start)
     */
    public int codePoint(int stringIndex) {
        if (utf16 == null) {
            return stringIndex;
        }
        int i = Arrays.binarySearch(utf16, stringIndex);
        return i >= 0 ? i : -i - 2;
    }
}
