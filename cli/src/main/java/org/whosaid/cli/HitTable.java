package org.whosaid.cli;

import org.whosaid.result.Span;
import org.whosaid.store.SearchPage;
import org.whosaid.store.StatementHit;

/** The readable view of search results: one line per statement, in fixed columns. */
final class HitTable {

    /** Longest content shown on a line; the JSON format has all of it. */
    private static final int CONTENT_WIDTH = 160;

    private HitTable() {
    }

    static String render(SearchPage<StatementHit> page) {
        StringBuilder b = new StringBuilder();
        if (page.items().isEmpty()) {
            return b.append("no statements found (").append(page.total()).append(" match)\n").toString();
        }
        b.append(String.format("%-4s %-10s %-24s %-8s %-28s %s%n", "#", "DATE", "SPEAKER", "KIND", "ARTICLE@OFFSETS", "CONTENT"));
        int rank = page.offset();
        for (StatementHit h : page.items()) {
            rank++;
            String who = h.speakerName() != null ? h.speakerName()
                    : h.source() != null ? h.source().text() : "(unknown)";
            Span first = h.content().get(0);
            Span last = h.content().get(h.content().size() - 1);
            b.append(String.format("%-4d %-10s %-24s %-8s %-28s %s%n", rank,
                    h.effectiveDate() == null ? "-" : h.effectiveDate(), clip(who, 24), h.kind().label(),
                    clip(h.articleId() + "@" + first.start() + "-" + last.end(), 28),
                    clip(h.contentText().replaceAll("\\s+", " "), CONTENT_WIDTH)));
        }
        b.append(String.format("%d-%d of %d statements%s%n", page.offset() + 1, rank, page.total(),
                page.hasMore() ? " (more with --offset " + rank + ")" : ""));
        return b.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
