package org.whosaid.cli;

import java.util.HashMap;
import java.util.Map;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.result.Span;

/** The readable view of a result: one line per statement, speaker (title), kind, date, content. */
final class TextTable {

    private TextTable() {}

    static String render(ArticleResult r) {
        Map<String, Entity> byId = new HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        StringBuilder b = new StringBuilder();
        b.append("== ").append(r.id());
        if (r.published() != null) {
            b.append(" (").append(r.published()).append(')');
        }
        b.append(": ").append(r.attributions().size()).append(" statements\n");
        for (Attribution a : r.attributions()) {
            Entity who = a.speaker() == null ? null : byId.get(a.speaker());
            String speaker =
                    who != null ? who.name() : a.source() != null ? a.source().text() + " (unnamed)" : "(unknown)";
            if (who != null && !who.titles().isEmpty()) {
                speaker += " (" + who.titles().get(0) + ")";
            }
            b.append(speaker).append(" | ").append(a.kind().label());
            if (a.channel() != null) {
                b.append(", ").append(a.channel());
            }
            b.append(" | ").append(a.date() == null ? "-" : a.date()).append(" | ");
            String sep = "";
            for (Span c : a.content()) {
                b.append(sep).append(c.text().replaceAll("\\s+", " "));
                sep = " ... ";
            }
            b.append('\n');
        }
        return b.toString();
    }
}
