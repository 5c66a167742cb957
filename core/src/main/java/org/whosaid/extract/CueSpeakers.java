package org.whosaid.extract;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Rules;

/**
 * The mention rules, for finders outside this package that know a statement's cue and look for who
 * speaks: the speaker's mention for a cue word, as the rules find it. Immutable.
 */
public final class CueSpeakers {

    private final Parsed doc;
    private final SpeakerMentions mentions;

    /**
     * @param doc the parsed article
     * @param quotes its quotations (a word inside one is never taken for the speaker)
     * @param rules which mention rules run
     */
    public CueSpeakers(Parsed doc, List<Quotation> quotes, Rules rules) {
        this.doc = doc;
        this.mentions = new SpeakerMentions(new Dependencies(doc, quotes), rules);
    }

    /**
     * A speaker's mention and the rule that found it.
     *
     * @param span the mention
     * @param rule the mention rule's name
     */
    public record Mention(Span span, String rule) {}

    /**
     * @param cue the document index of the cue's word
     * @return the speaker's mention, or null where no rule finds one
     */
    public Mention speakerOf(int cue) {
        return speakerOf(cue, List.of());
    }

    /**
     * @param cue the document index of the cue's word
     * @param content what was said: a mention inside it is no speaker's, and the next rule looks
     * @return the speaker's mention, or null where no rule finds one outside the content
     */
    public Mention speakerOf(int cue, List<Span> content) {
        SpeakerMentions.Found f = mentions.speakerOf(cue, t -> content.stream().noneMatch(c -> c.overlaps(span(t))));
        return f == null ? null : new Mention(span(f.tokens()), f.rule());
    }

    /** @return the text of tokens [first, one past last) */
    private Span span(int[] t) {
        return Span.of(
                doc.text(),
                doc.tokens().get(t[0]).start(),
                doc.tokens().get(t[1] - 1).end());
    }
}
