package org.whosaid.cli;

import org.whosaid.result.Span;
import org.whosaid.store.SearchPage;
import org.whosaid.store.StatementHit;

/** The readable view of search results: one line per statement, in fixed columns. */
final class HitTable {

    /** Longest content shown on a line; the JSON format has all of it. */
    private static final int CONTENT_WIDTH = 160;
    /** Widest speaker column. */
    private static final int SPEAKER_WIDTH = 30;
    /** Widest article column. */
    private static final int ARTICLE_WIDTH = 70;

    private HitTable() {}

    static String render(SearchPage<StatementHit> page) {
        StringBuilder b = new StringBuilder();
        if (page.items().isEmpty()) {
            return b.append("no statements found (")
                    .append(total(page))
                    .append(" match)\n")
                    .toString();
        }
        int whoWidth = width(page.items().stream().map(HitTable::who).toList(), "SPEAKER", SPEAKER_WIDTH);
        int whereWidth = width(page.items().stream().map(HitTable::where).toList(), "ARTICLE@OFFSETS", ARTICLE_WIDTH);
        String row = "%-4s %-10s %-" + whoWidth + "s %-8s %-" + whereWidth + "s %s%n";
        b.append(String.format(row, "#", "DATE", "SPEAKER", "KIND", "ARTICLE@OFFSETS", "CONTENT"));
        int rank = page.offset();
        for (StatementHit h : page.items()) {
            rank++;
            b.append(String.format(
                    row,
                    rank,
                    h.effectiveDate() == null ? "-" : h.effectiveDate(),
                    clip(who(h), whoWidth),
                    h.kind().label(),
                    clip(where(h), whereWidth),
                    clip(h.contentText().replaceAll("\\s+", " "), CONTENT_WIDTH)));
        }
        b.append(String.format(
                "%d-%d of %s statements%s%n",
                page.offset() + 1, rank, total(page), page.hasMore() ? " (more with --offset " + rank + ")" : ""));
        return b.toString();
    }

    /** The total, with a "+" where the search stopped counting and it is a lower bound. */
    private static String total(SearchPage<StatementHit> page) {
        return String.format(java.util.Locale.ROOT, "%,d", page.total()) + (page.totalExact() ? "" : "+");
    }

    private static String who(StatementHit h) {
        return h.speakerName() != null
                ? h.speakerName()
                : h.source() != null ? h.source().text() : "(unknown)";
    }

    private static String where(StatementHit h) {
        Span first = h.content().get(0);
        Span last = h.content().get(h.content().size() - 1);
        return h.articleId() + "@" + first.start() + "-" + last.end();
    }

    /** The width of a column: its longest value, at least its header, at most {@code max}. */
    private static int width(java.util.List<String> values, String header, int max) {
        int w = header.length();
        for (String v : values) {
            w = Math.max(w, v.length());
        }
        return Math.min(w, max);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
