package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.statement.Statement;

/** A quotation signed with a dash and a name on its own line ("...” ― Name). */
final class QuoteSigned implements FindingRule {

    private final ContentBoundaries boundaries;

    /** @param boundaries lines content up with its quotation marks */
    QuoteSigned(ContentBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public String name() {
        return "quote-signed";
    }

    @Override
    public List<Statement> apply(Draft draft, List<Statement> found) {
        List<Statement> made = new ArrayList<>();
        for (Quotation q : QuoteCues.unclaimed(draft, found)) {
            Statement s = QuoteCues.signed(draft.deps(), q);
            if (s != null) {
                made.add(s);
            }
        }
        List<Statement> out = new ArrayList<>(found);
        out.addAll(boundaries.apply(draft.text(), draft.quotes(), made));
        return out;
    }
}
