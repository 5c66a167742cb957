package org.whosaid.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into its runs of text, in reading order: each block element's inline content is a
 * run, as is the text a double line break ends. Works without recursion, so any nesting depth is fine.
 */
final class TextBlocks {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
            "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
            "tt", "u", "var", "wbr", "ruby", "rb", "rt", "rp", "output");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");

    private TextBlocks() {}

    /**
     * @param root the element to read
     * @return its runs of text, in document order, none empty
     */
    static List<TextBlock> of(Element root) {
        Collector c = new Collector(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    /** @return whether the element starts a new block of text (anything not known to be inline) */
    static boolean isBlock(Element e) {
        return !INLINE.contains(e.normalName());
    }

    /**
     * @param s a text from markup, or null
     * @return it normalized, or null where that leaves nothing
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = normalize(s);
        return t.isEmpty() ? null : t;
    }

    /** Removes invisible characters, turns every kind of space into one plain space, trims. */
    static String normalize(CharSequence raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\uFEFF' || ch == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(ch);
        }
        return b.toString();
    }

    private static final class Collector implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder run = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int headingDepth;
        private boolean afterBreak;

        Collector(Element root) {
            open.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                run.append(s);
                int chars = TextBlock.nonSpace(s);
                if (linkDepth > 0) {
                    linkChars += chars;
                }
                afterBreak &= chars == 0;
            } else if (node instanceof Element e && node != open.peekLast()) {
                String tag = e.normalName();
                if ("br".equals(tag)) {
                    if (afterBreak) {
                        flush();
                    } else {
                        run.append(' ');
                        afterBreak = true;
                    }
                } else if (isBlock(e)) {
                    flush();
                    open.push(e);
                    if (HEADINGS.contains(tag)) {
                        headingDepth++;
                    }
                } else if ("a".equals(tag)) {
                    linkDepth++;
                } else if ("q".equals(tag)) {
                    run.append('\u201C');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e) || node == open.peekLast()) {
                return;
            }
            String tag = e.normalName();
            if ("br".equals(tag)) {
                return;
            }
            if (isBlock(e)) {
                flush();
                open.pop();
                if (HEADINGS.contains(tag)) {
                    headingDepth--;
                }
            } else if ("a".equals(tag)) {
                linkDepth--;
            } else if ("q".equals(tag)) {
                run.append('\u201D');
            }
        }

        void flush() {
            String text = normalize(run);
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(open.peek(), text, linkChars, headingDepth > 0));
            }
            run.setLength(0);
            linkChars = 0;
            afterBreak = false;
        }
    }
}
