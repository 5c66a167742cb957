package org.whosaid.article;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text from a parsed page: scripts and styles, media and captions,
 * forms, navigation, headers, footers and asides, hidden elements, and elements whose role or class
 * names mark them as furniture (cookie banners, share buttons, comments, "related" and "top stories"
 * lists). An element that holds the page's marked main content is always kept.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "canvas",
            "video",
            "audio",
            "picture",
            "img",
            "map",
            "source",
            "track",
            "link",
            "meta",
            "head",
            "title",
            "button",
            "input",
            "select",
            "option",
            "textarea",
            "label",
            "dialog",
            "menu",
            "nav",
            "aside",
            "footer",
            "header",
            "figure",
            "figcaption");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
            "dialog",
            "alertdialog",
            "search",
            "menu",
            "menubar",
            "toolbar",
            "tablist",
            "tooltip",
            "note");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private static final Evaluator MAIN = QueryParser.parse("main, [role=main], [itemprop~=(?i)articleBody]");

    private PageCleaner() {}

    /**
     * @param root a page's body (or a fragment's), changed in place
     */
    static void clean(Element root) {
        Set<Element> holdsMain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element main : root.select(MAIN)) {
            for (Element e = main; e != null && holdsMain.add(e); e = e.parent()) {
                // marks the main content and every element around it, each once
            }
        }
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof Element e) || node == root) {
                            return FilterResult.CONTINUE;
                        }
                        return !holdsMain.contains(e) && removable(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }

    private static boolean removable(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (FURNITURE_ROLES.contains(role)) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()
                && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        return !"body".equals(tag) && !"html".equals(tag) && MarkupHints.furniture(e);
    }
}
