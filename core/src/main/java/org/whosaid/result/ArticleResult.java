package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything whosaid found in one article: its statements and the people and organisations in it.
 * The JSON form of this record is the output format of the command line and the API.
 *
 * @param id the article's identifier (the input's file name without extension, or the record id)
 * @param published publication date (ISO 8601), or null where unknown
 * @param title headline, where known
 * @param url address, where known
 * @param outlet publisher, where known
 * @param text the article text every offset refers to
 * @param entities people and organisations
 * @param attributions statements, in text order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleResult(
        String id,
        String published,
        String title,
        String url,
        String outlet,
        String text,
        List<Entity> entities,
        List<Attribution> attributions) {

    /** Copies the lists so the record stays immutable. */
    public ArticleResult {
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
    }

    /** @return every span of the result: statements' and entity mentions' */
    public List<Span> spans() {
        List<Span> all = new ArrayList<>();
        attributions.forEach(a -> all.addAll(a.spans()));
        entities.forEach(e -> all.addAll(e.mentions()));
        return all;
    }
}
