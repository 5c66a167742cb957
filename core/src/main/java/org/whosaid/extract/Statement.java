package org.whosaid.extract;

import java.util.List;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * A statement as the finding stages see it, before its speaker is resolved.
 *
 * @param kind direct, indirect or mixed
 * @param source the mention naming the speaker in the statement's sentence, or null
 * @param cue the introducing words, or null
 * @param content what was said, one or more spans in text order
 * @param channel tweet, interview, statement, ... where the text says so, else null
 * @param sentence index of the sentence that holds the cue (or the content's start where no cue)
 */
public record Statement(Kind kind, Span source, Span cue, List<Span> content, String channel, int sentence) {

    /** Copies the content list so the record stays immutable. */
    public Statement {
        content = List.copyOf(content);
    }

    /** @return the first character of the content */
    public int start() {
        return content.get(0).start();
    }

    /** @return one past the last character of the content */
    public int end() {
        return content.get(content.size() - 1).end();
    }
}
