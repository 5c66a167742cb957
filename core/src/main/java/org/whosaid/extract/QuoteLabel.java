package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.statement.Statement;

/** A quotation after a name and a dash or colon that open its paragraph, as in transcripts and lists of voices ("WALLACE: “...”"). */
final class QuoteLabel implements FindingRule {

    private final ContentBoundaries boundaries;

    /** @param boundaries lines content up with its quotation marks */
    QuoteLabel(ContentBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public String name() {
        return "quote-label";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        List<Statement> made = new ArrayList<>();
        for (Quotation q : QuoteCues.unclaimed(draft, found)) {
            Statement s = QuoteCues.labelled(draft.deps(), q);
            if (s != null) {
                made.add(s);
            }
        }
        List<Statement> out = new ArrayList<>(found);
        out.addAll(boundaries.apply(draft.text(), draft.quotes(), made));
        return out;
    }
}
