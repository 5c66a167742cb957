package org.whosaid.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, and how much link text, each element of a page holds, counted in one pass over
 * the page so that scoring stays linear however deep or wide the page is.
 */
final class TextStats {

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    /**
     * @param root the element to count
     * @return the counts of every element in it
     */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        Deque<int[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private int linkDepth;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t && !open.isEmpty()) {
                            int chars = TextBlock.nonSpace(t.getWholeText());
                            open.peek()[0] += chars;
                            if (linkDepth > 0) {
                                open.peek()[1] += chars;
                            }
                        } else if (node instanceof Element e) {
                            open.push(new int[2]);
                            if ("a".equals(e.normalName())) {
                                linkDepth++;
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            int[] own = open.pop();
                            stats.counts.put(e, own);
                            if (!open.isEmpty()) {
                                open.peek()[0] += own[0];
                                open.peek()[1] += own[1];
                            }
                            if ("a".equals(e.normalName())) {
                                linkDepth--;
                            }
                        }
                    }
                },
                root);
        return stats;
    }

    /**
     * @param e an element of the counted page
     * @return the share of its non-space characters that are link text, 0 to 1
     */
    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
    }

    /**
     * @param e an element of the counted page
     * @return its number of non-space characters
     */
    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }
}
