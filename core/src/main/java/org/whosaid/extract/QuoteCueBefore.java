package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/** A quotation with a verb of speaking just before its opening mark (He added: "..."). */
final class QuoteCueBefore implements FindingRule {

    private final ContentBoundaries boundaries;

    /** @param boundaries lines content up with its quotation marks */
    QuoteCueBefore(ContentBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public String name() {
        return "quote-cue-before";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        List<Statement> made = new ArrayList<>();
        SpeakerMentions speakers = new SpeakerMentions(draft.deps(), draft.rules());
        for (Quotation q : QuoteCues.unclaimedUtterances(draft, found)) {
            Token cue = QuoteCues.cueBefore(draft.deps(), draft.lexicon(), q);
            if (cue != null) {
                made.add(QuoteCues.quoted(draft.deps(), speakers, q, cue, name()));
            }
        }
        List<Statement> out = new ArrayList<>(found);
        out.addAll(boundaries.apply(draft.text(), draft.quotes(), made));
        return out;
    }
}
