package org.whosaid.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: headline, address, publisher and publication day, from its
 * JSON-LD article description, Open Graph and article meta tags, canonical link, {@code <time>}
 * elements, first heading and title, in that order of trust.
 *
 * @param title the headline, or null
 * @param url the page's own address, or null
 * @param outlet the publisher, or null
 * @param published the publication day, or null
 */
record PageMetadata(String title, String url, String outlet, LocalDate published) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JSON_NODES = 5000;
    private static final String[] DATE_META = {
        "article:published_time",
        "datepublished",
        "og:published_time",
        "pubdate",
        "publishdate",
        "publish-date",
        "publication_date",
        "publish_date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.created",
        "date",
        "sailthru.date",
        "parsely-pub-date",
        "article.published"
    };

    /**
     * @param doc a parsed page, before any cleaning
     * @return what it says about itself
     */
    static PageMetadata of(Document doc) {
        Map<String, String> meta = metaTags(doc);
        JsonNode ld = articleDescription(doc);
        String title = first(
                text(ld, "headline"),
                meta.get("og:title"),
                meta.get("twitter:title"),
                firstText(doc, "h1"),
                TextBlocks.clean(doc.title()));
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String canonical =
                link == null ? null : first(TextBlocks.clean(link.absUrl("href")), TextBlocks.clean(link.attr("href")));
        String url = first(canonical, meta.get("og:url"), text(ld, "url"), pageId(ld));
        String outlet = first(meta.get("og:site_name"), publisher(ld), meta.get("application-name"));
        LocalDate published = PublicationDates.parse(text(ld, "datePublished"));
        for (int i = 0; published == null && i < DATE_META.length; i++) {
            published = PublicationDates.parse(meta.get(DATE_META[i]));
        }
        if (published == null) {
            published = timeElement(doc);
        }
        return new PageMetadata(title, url, outlet, published);
    }

    /** Meta tags by lower-case property, name or itemprop; the first of each wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = TextBlocks.clean(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    meta.putIfAbsent(k, content);
                }
            }
        }
        return meta;
    }

    /** The first JSON-LD object typed as an article (NewsArticle, Article, BlogPosting, ...). */
    private static JsonNode articleDescription(Document doc) {
        int budget = JSON_NODES;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException | RuntimeException e) {
                continue; // a broken description is ignored; the page is still read
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) {
                todo.add(root);
            }
            while (!todo.isEmpty() && budget-- > 0) {
                JsonNode n = todo.poll();
                if (n.isObject() && isArticle(n.get("@type"))) {
                    return n;
                }
                if (n.isContainerNode()) {
                    n.forEach(todo::add);
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("");
        return t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report");
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v != null && v.isValueNode() ? TextBlocks.clean(v.asText()) : null;
    }

    private static String pageId(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode page = ld.get("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        return page.isValueNode() ? TextBlocks.clean(page.asText()) : text(page, "@id");
    }

    private static String publisher(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode p = ld.get("publisher");
        if (p != null && p.isArray() && !p.isEmpty()) {
            p = p.get(0);
        }
        if (p == null) {
            return null;
        }
        return p.isValueNode() ? TextBlocks.clean(p.asText()) : text(p, "name");
    }

    /** A {@code <time datetime>} of the article, or the page's only one. */
    private static LocalDate timeElement(Document doc) {
        for (String query : new String[] {
            "time[pubdate][datetime]",
            "[itemprop=datePublished][datetime]",
            "article time[datetime], main time[datetime]"
        }) {
            Element t = doc.selectFirst(query);
            if (t != null) {
                LocalDate d = PublicationDates.parse(t.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        var all = doc.select("time[datetime]");
        return all.size() == 1 ? PublicationDates.parse(all.get(0).attr("datetime")) : null;
    }

    private static String firstText(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : TextBlocks.clean(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
