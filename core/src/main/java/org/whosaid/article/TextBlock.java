package org.whosaid.article;

import org.jsoup.nodes.Element;

/**
 * One run of running text in a page, as a reader sees a paragraph: the inline content of a block
 * element up to the next block (or a double line break).
 *
 * @param block the nearest block element around the text
 * @param text the text, white space collapsed
 * @param linkChars how many of its non-space characters are link text
 * @param heading whether it is a heading
 */
record TextBlock(Element block, String text, int linkChars, boolean heading) {

    /** @return the share of its non-space characters that are link text, 0 to 1 */
    double linkDensity() {
        int chars = nonSpace(text);
        return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    /** @return the number of non-space characters of a text */
    static int nonSpace(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
