package org.whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The character classes of the reference scorer, which is written in Python: {@code str.isspace()},
 * the Unicode {@code \w} and {@code \s} of Python's {@code re}, and its token pattern
 * {@code \w+|[^\w\s]}. Java's own classes differ (its Unicode {@code \w} takes combining marks, its
 * {@code isWhitespace} leaves out no-break spaces), so they are spelled out here.
 */
public final class CharClasses {

    /** Python's white space: {@code str.isspace()}, also {@code \s} in its regular expressions. */
    static final String SPACE =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    /** Python's Unicode {@code \w}: letters, numbers (any numeric character) and the underscore. */
    static final String WORD = "\\p{L}\\p{N}_";

    /** A word, or any one character that is neither word nor white space. */
    static final Pattern TOKEN = Pattern.compile("[" + WORD + "]+|[^" + WORD + SPACE + "]");

    private static final Pattern SPACE_CHAR = Pattern.compile("[" + SPACE + "]");
    private static final Pattern WORD_CHAR = Pattern.compile("[" + WORD + "]");

    private CharClasses() {}

    /**
     * @param codePoint a character
     * @return whether Python's {@code str.isspace()} holds for it
     */
    public static boolean isSpace(int codePoint) {
        return codePoint < 0x80
                ? codePoint == ' '
                        || (codePoint >= 0x09 && codePoint <= 0x0D)
                        || (codePoint >= 0x1C && codePoint <= 0x1F)
                : SPACE_CHAR.matcher(Character.toString(codePoint)).matches();
    }

    /**
     * @param codePoint a character
     * @return whether Python's Unicode {@code \w} matches it
     */
    public static boolean isWord(int codePoint) {
        return WORD_CHAR.matcher(Character.toString(codePoint)).matches();
    }

    /**
     * Splits as Python's {@code str.split()} without arguments: on runs of white space, no empty parts.
     *
     * @param s a string
     * @return its parts
     */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    parts.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            parts.add(s.substring(start));
        }
        return parts;
    }
}
