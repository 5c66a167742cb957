package org.whosaid.store;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * Builds an article result over a real text, every span located in the text, for store tests that
 * need exact control of entities and statements without running the linguistic pipeline.
 */
final class ResultBuilder {

    private final String id;
    private final String published;
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private String outlet;
    private String title;

    ResultBuilder(String id, String published, String text) {
        this.id = id;
        this.published = published;
        this.text = text;
    }

    ResultBuilder outlet(String value) {
        outlet = value;
        return this;
    }

    ResultBuilder title(String value) {
        title = value;
        return this;
    }

    /** An entity named {@code name}, mentioned wherever one of {@code mentionTexts} occurs (longest first). */
    ResultBuilder entity(String name, String type, List<String> titles, String... mentionTexts) {
        List<Span> mentions = new ArrayList<>();
        for (String m : mentionTexts) {
            for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
                Span span = Span.of(text, at, at + m.length());
                if (mentions.stream().noneMatch(s -> s.overlaps(span))) {
                    mentions.add(span);
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        entities.add(new Entity("e" + (entities.size() + 1), name, type, titles, mentions));
        return this;
    }

    /**
     * A statement whose source is the first occurrence of {@code source} before the content, the
     * content the first occurrence of {@code content}, said by the entity named {@code speaker}
     * (null: unresolved).
     */
    ResultBuilder statement(String speaker, String source, String cue, String content, Kind kind, String date) {
        return statement(speaker == null ? List.of() : List.of(speaker), source, cue, content, kind, date, null);
    }

    /**
     * A statement made by every entity named in {@code speakers} (a joint statement where there are
     * several), with a confidence (null: none).
     */
    ResultBuilder statement(
            List<String> speakers,
            String source,
            String cue,
            String content,
            Kind kind,
            String date,
            Double confidence) {
        int c = text.indexOf(content);
        if (c < 0) {
            throw new IllegalArgumentException("content not in text: " + content);
        }
        Span sourceSpan = locate(source);
        Span cueSpan = locate(cue);
        List<String> ids = new ArrayList<>();
        for (String speaker : speakers) {
            for (Entity e : entities) {
                if (e.name().equals(speaker)) {
                    ids.add(e.id());
                }
            }
        }
        attributions.add(new Attribution(
                "a" + (attributions.size() + 1),
                kind,
                sourceSpan,
                cueSpan,
                List.of(Span.of(text, c, c + content.length())),
                ids.isEmpty() ? null : ids.get(0),
                ids,
                speakers.isEmpty() ? null : String.join(" and ", speakers),
                date,
                null,
                "test",
                confidence));
        return this;
    }

    private Span locate(String part) {
        if (part == null) {
            return null;
        }
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return Span.of(text, at, at + part.length());
    }

    ArticleResult build() {
        return new ArticleResult(id, published, title, null, outlet, text, entities, attributions);
    }
}
