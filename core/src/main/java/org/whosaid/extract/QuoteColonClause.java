package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/** A quotation after a clause that ends with a colon, its main verb the cue, where that verb is no usual verb of speaking ("Trump boomed: ..."). */
final class QuoteColonClause implements FindingRule {

    private final ContentBoundaries boundaries;

    /** @param boundaries lines content up with its quotation marks */
    QuoteColonClause(ContentBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public String name() {
        return "quote-colon-clause";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        List<Statement> made = new ArrayList<>();
        SpeakerMentions speakers = new SpeakerMentions(draft.deps(), draft.rules());
        for (Quotation q : QuoteCues.unclaimed(draft, found)) {
            Token cue = QuoteCues.introducer(draft.deps(), speakers, q);
            if (cue != null) {
                made.add(QuoteCues.quoted(draft.deps(), speakers, q, cue, name()));
            }
        }
        List<Statement> out = new ArrayList<>(found);
        out.addAll(boundaries.apply(draft.text(), draft.quotes(), made));
        return out;
    }
}
