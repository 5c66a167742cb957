package org.whosaid.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's class names and ids say about an element's role: article content ("story-body",
 * "article-text") or page furniture ("share-buttons", "cookie-banner", "comments", "top-stories").
 * General English naming conventions, no site-specific rules.
 */
final class MarkupHints {

    /** Words that mark furniture even beside a content word ("article-comments", "story-share"). */
    private static final Set<String> FURNITURE = Set.of(
            "comment",
            "comments",
            "commentlist",
            "disqus",
            "share",
            "sharing",
            "sharebar",
            "social",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "related",
            "recommended",
            "recommendations",
            "newsletter",
            "promo",
            "promotion",
            "promoted",
            "advert",
            "advertisement",
            "advertising",
            "ad",
            "ads",
            "adslot",
            "sponsor",
            "sponsored",
            "outbrain",
            "taboola",
            "caption",
            "figcaption",
            "credit",
            "credits",
            "sidebar",
            "breadcrumb",
            "breadcrumbs",
            "nav",
            "navbar",
            "navigation",
            "menu",
            "footer",
            "subscribe",
            "subscription",
            "signup",
            "login",
            "popup",
            "modal",
            "toolbar",
            "tags",
            "trending",
            "popular",
            "byline",
            "bio",
            "skip",
            "paywall",
            "toc");

    /** Words that mark furniture unless a content word stands beside them ("article-header"). */
    private static final Set<String> PERIPHERAL = Set.of(
            "header",
            "masthead",
            "widget",
            "aside",
            "rail",
            "top",
            "more",
            "extra",
            "meta",
            "banner",
            "hidden",
            "teaser",
            "teasers",
            "links",
            "author",
            "date",
            "timestamp",
            "dateline",
            "topics",
            "most",
            "headlines",
            "secondary",
            "tag",
            "print",
            "tools",
            "utility",
            "alert");

    /** Words that mark article content. */
    private static final Set<String> CONTENT = Set.of(
            "article",
            "body",
            "content",
            "entry",
            "main",
            "post",
            "story",
            "text",
            "prose",
            "richtext",
            "articlebody",
            "storybody");

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private MarkupHints() {}

    /**
     * @param e an element
     * @return whether its class names or id mark it as page furniture and none marks it as content
     */
    static boolean furniture(Element e) {
        boolean furniture = false;
        for (String name : names(e)) {
            switch (judge(name)) {
                case 1:
                    return false;
                case -1:
                    furniture = true;
                    break;
                default:
                    break;
            }
        }
        return furniture;
    }

    /**
     * @param e an element
     * @return a score bonus for content containers: +25 where a name marks content, -25 where one
     *         marks furniture, 0 otherwise
     */
    static int weight(Element e) {
        int w = 0;
        for (String name : names(e)) {
            int j = judge(name);
            if (j > 0) {
                w = 25;
            } else if (j < 0 && w == 0) {
                w = -25;
            }
        }
        return w;
    }

    /** @return +1 for a content name, -1 for a furniture name, 0 for neither */
    private static int judge(String name) {
        boolean content = false;
        boolean peripheral = false;
        for (String word : words(name)) {
            if (FURNITURE.contains(word)) {
                return -1;
            }
            content |= CONTENT.contains(word);
            peripheral |= PERIPHERAL.contains(word);
        }
        return content ? 1 : peripheral ? -1 : 0;
    }

    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        String id = e.id();
        if (!id.isEmpty()) {
            names.add(id);
        }
        return names;
    }

    /** Splits "shareButtons", "share_buttons" and "share-buttons" alike into lower-case words. */
    private static List<String> words(String name) {
        String spaced = CAMEL.matcher(name).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(spaced)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
