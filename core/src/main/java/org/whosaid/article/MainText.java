package org.whosaid.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body in a cleaned page by content scoring: every paragraph scores by its length
 * and commas, less its share of link text, and passes its score to its container and, halved and
 * thirded, to the containers above; containers gain for semantic tags (article, main) and content
 * class names and lose for furniture ones. The best container, with those of its siblings that score
 * close to it, holds the body; its paragraphs are kept unless they are mostly links or stubs without
 * a sentence ("Advertisement", "Share this").
 */
final class MainText {

    /** Paragraph elements: their score goes to their container. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "td", "th");

    private static final int SCORED_LENGTH = 25;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int STUB_WORDS = 12;

    private MainText() {}

    /**
     * @param root a cleaned page body
     * @return the article body's paragraphs, in reading order
     */
    static List<String> paragraphs(Element root) {
        List<TextBlock> blocks = TextBlocks.of(root);
        TextStats stats = TextStats.of(root);
        Map<Element, Double> scores = score(blocks);
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            if (top == null || s > best) {
                top = e.getKey();
                best = s;
            }
        }
        List<Element> chosen = top == null ? List.of(root) : withSiblings(top, best, scores, stats);
        Set<Element> inside = within(root, chosen);
        List<String> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (inside.contains(b.block()) && keep(b)) {
                out.add(b.text());
            }
        }
        return out;
    }

    /**
     * @param root a cleaned fragment whose every paragraph is the article's (a feed item's content)
     * @return its paragraphs, in reading order, without link lists and stubs
     */
    static List<String> allParagraphs(Element root) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : TextBlocks.of(root)) {
            if (keep(b)) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static Map<Element, Double> score(List<TextBlock> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            int length = b.text().length();
            if (b.heading() || length < SCORED_LENGTH) {
                continue;
            }
            double s = (1 + commas(b.text()) + Math.min(3, length / 100.0)) * (1 - b.linkDensity());
            Element container =
                    PARAGRAPHS.contains(b.block().normalName()) ? b.block().parent() : b.block();
            for (int level = 1; container != null && level <= 3; level++) {
                Element c = container;
                scores.computeIfAbsent(c, MainText::baseScore);
                scores.merge(c, s / level, Double::sum);
                container = container.parent();
            }
        }
        return scores;
    }

    private static double baseScore(Element e) {
        double s = MarkupHints.weight(e);
        if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            s += 25;
        }
        return s
                + switch (e.normalName()) {
                    case "article" -> 10;
                    case "main", "div", "section" -> 5;
                    case "pre", "td", "blockquote" -> 3;
                    case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
                    case "th", "h1", "h2", "h3", "h4", "h5", "h6" -> -5;
                    default -> 0;
                };
    }

    /** The top container and those siblings that score near it or are long, link-free paragraphs. */
    private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            if (s != null && s * (1 - stats.linkDensity(sibling)) >= threshold) {
                chosen.add(sibling);
            } else if ("p".equals(sibling.normalName())) {
                String text = TextBlocks.normalize(sibling.text());
                double density = stats.linkDensity(sibling);
                if ((text.length() > 80 && density < 0.25) || (density == 0 && endsSentence(text))) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private static boolean keep(TextBlock b) {
        if (b.heading() || b.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        String text = b.text();
        return endsSentence(text) || text.split(" ").length >= STUB_WORDS;
    }

    private static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?:;\"'\u201D\u2019\u2026)]".indexOf(last) >= 0;
    }

    /** Every element inside the chosen containers, found in one pass. */
    private static Set<Element> within(Element root, List<Element> containers) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(containers);
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private int depth;

                    @Override
                    public void head(Node node, int d) {
                        if (node instanceof Element e) {
                            if (chosen.contains(e)) {
                                depth++;
                            }
                            if (depth > 0) {
                                inside.add(e);
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int d) {
                        if (node instanceof Element e && chosen.contains(e)) {
                            depth--;
                        }
                    }
                },
                root);
        return inside;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\uFF0C') {
                n++;
            }
        }
        return n;
    }
}
