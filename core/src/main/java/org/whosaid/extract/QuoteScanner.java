package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations on the raw text, in every common style: straight double quotes, curly double
 * quotes, double apostrophes (''...''), guillemets, and curly or straight single quotes where they
 * cannot be apostrophes. A quotation that runs over paragraphs, news style (an opening mark on each
 * paragraph, one closing mark at the end), is one quotation. Linear in the text length.
 */
public final class QuoteScanner {

    /** Double-quote styles: opening and closing mark (equal where the same mark does both). */
    private static final String[][] DOUBLE = {
        {"\u201c", "\u201d"},
        {"\"", "\""},
        {"''", "''"},
        {"\u00ab", "\u00bb"},
        {"\u201e", "\u201c"},
        {"\u201d", "\u201d"}
    };

    /**
     * @param text an article text
     * @return its quotations in text order, not nested (single quotes inside double ones are left out)
     */
    public List<Quotation> scan(String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        int openParagraphs = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int from = paragraphs.get(p)[0];
            int to = paragraphs.get(p)[1];
            int i = from;
            if (open >= 0) {
                // A quote left open at the end of the previous paragraph goes on only where this one opens again.
                int mark = markAt(text, i, true);
                if (mark > 0) {
                    i += mark;
                    openParagraphs++;
                } else {
                    open = -1;
                }
            }
            while (i < to) {
                if (open < 0) {
                    int mark = markAt(text, i, true);
                    if (mark > 0 && opensHere(text, i, mark)) {
                        open = i;
                        openParagraphs = 1;
                        i += mark;
                        continue;
                    }
                    int single = singleQuote(text, i, to);
                    if (single > i) {
                        out.add(new Quotation(i, single, 1));
                        i = single;
                        continue;
                    }
                    i++;
                } else {
                    int mark = markAt(text, i, false);
                    if (mark > 0 && closesHere(text, i, mark, open)) {
                        out.add(new Quotation(open, i + mark, openParagraphs));
                        open = -1;
                        i += mark;
                        continue;
                    }
                    i++;
                }
            }
            if (open >= 0
                    && (p + 1 >= paragraphs.size() || markAt(text, paragraphs.get(p + 1)[0], true) == 0)) {
                open = -1;
            }
        }
        return out;
    }

    /** @return the length of a double quotation mark at i that may open (or close), else 0 */
    private static int markAt(String text, int i, boolean opening) {
        for (String[] style : DOUBLE) {
            String m = opening ? style[0] : style[1];
            if (text.startsWith(m, i)) {
                if (m.equals("''") && i > 0 && text.charAt(i - 1) == '\'') {
                    continue;
                }
                return m.length();
            }
        }
        return 0;
    }

    private static boolean opensHere(String text, int i, int len) {
        char c = text.charAt(i);
        if (c == '\u201d') {
            // A closing mark typed for an opening one: it stands at a word's start.
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            return Character.isWhitespace(before)
                    && i + len < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + len));
        }
        if (c == '\u00bb') {
            return false;
        }
        // Straight marks open at a word's start: after space, a bracket, a dash or the paragraph start.
        if (c == '"' || c == '\'') {
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + len < text.length() ? text.charAt(i + len) : ' ';
            return !Character.isLetterOrDigit(before) && !Character.isWhitespace(after);
        }
        return true;
    }

    private static boolean closesHere(String text, int i, int len, int open) {
        char c = text.charAt(i);
        char o = text.charAt(open);
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + len < text.length() ? text.charAt(i + len) : ' ';
        // Sloppy text closes a curly quotation with a straight mark or an opening one ("\u201cNo," he said,
        // "\u201cNot yet,\u201c he said"): a mark that ends a word closes it.
        boolean endsWord = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
        if (c == '\u201c') {
            // A curly opening mark closes a quote opened with the low-9 mark.
            return o == '\u201e' || o == '\u201c' && endsWord;
        }
        if (c == '"' || c == '\'') {
            // The same straight style closes what it opened; a closing mark ends a word.
            if (c != o) {
                return c == '"' && o == '\u201c' && endsWord;
            }
            return !Character.isLetterOrDigit(after);
        }
        if (c == '\u201d') {
            return o == '\u201c' || o == '\u201e' || o == '"' || o == '\u201d';
        }
        return c == '\u00bb' && o == '\u00ab';
    }

    /**
     * A single-quoted stretch starting at i: an opening mark at a word's start and a closing mark at a
     * word's end before the paragraph ends, not an apostrophe (D'Souza, '90s, voters').
     *
     * @return one past the closing mark, or i where there is none
     */
    private static int singleQuote(String text, int i, int paragraphEnd) {
        char c = text.charAt(i);
        if (c != '\u2018' && c != '\'') {
            return i;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return i;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (Character.isLetterOrDigit(before) || i + 1 >= paragraphEnd || !Character.isLetter(text.charAt(i + 1))) {
            return i;
        }
        char close = c == '\u2018' ? '\u2019' : '\'';
        for (int j = i + 2; j < paragraphEnd; j++) {
            char d = text.charAt(j);
            if (d == '\u2018' || d == '\u201c' || d == '"') {
                return i;
            }
            if (d == close) {
                char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
                char last = text.charAt(j - 1);
                if (!Character.isLetterOrDigit(after) && !Character.isWhitespace(last) && last != 's') {
                    return j + 1;
                }
                if (!Character.isLetterOrDigit(after) && last == 's' && (after == ',' || after == '.')) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** @return [start, end) of each paragraph (text between blank lines), white space trimmed */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            int end = i;
            while (j < n) {
                if (text.charAt(j) == '\n' && blankLineAfter(text, j)) {
                    break;
                }
                if (!Character.isWhitespace(text.charAt(j))) {
                    end = j + 1;
                }
                j++;
            }
            out.add(new int[] {i, end});
            i = j;
        }
        return out;
    }

    private static boolean blankLineAfter(String text, int newline) {
        for (int k = newline + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
