package org.whosaid.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers for articles read from archives, feeds and line files: stable for the same address
 * (the same page in a WARC and in a feed gets the same id), short, and safe as a file name.
 */
public final class ArticleIds {

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)");
    private static final int SLUG_MAX = 40;

    private ArticleIds() {}

    /**
     * @param url an article's address
     * @return a slug of its host, a dash and the first 12 hex digits of the SHA-256 of the address,
     *         e.g. {@code news-example-org-3fa2b1c4d5e6}
     */
    public static String fromUrl(String url) {
        return of(host(url), url.strip());
    }

    /**
     * @param url an address
     * @return its host name without "www.", lower-case; empty where it has none
     */
    public static String host(String url) {
        Matcher m = HOST.matcher(url.strip());
        String host = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * @param prefix a readable prefix (slugged; "article" where it leaves nothing)
     * @param key what makes the article unique (hashed)
     * @return the prefix slug, a dash and the first 12 hex digits of the SHA-256 of the key
     */
    public static String of(String prefix, String key) {
        String slug = slug(prefix);
        return (slug.isEmpty() ? "article" : slug) + "-" + hash(key);
    }

    /**
     * @param name any text
     * @return a file-name-safe form of it: lower-case letters, digits and single dashes, at most 40
     *         characters, possibly empty
     */
    public static String slug(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return s;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
