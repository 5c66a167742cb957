package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;

/**
 * All statement finding, in order: quotations on the raw text; reported speech and "according to"
 * through the dependency tree; content lined up with the quotation marks; overlapping and nested
 * finds resolved (each word belongs to one statement, the outer one wins); quotations attached to
 * the cue beside them; quotations split by their cue joined; continuation quotations; channels.
 * Thread safe.
 */
public final class Statements implements StatementFinder {

    private final QuoteScanner scanner = new QuoteScanner();
    private final ReportedSpeech reported;
    private final AccordingTo according = new AccordingTo();
    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final QuoteAttacher attacher;
    private final Continuations continuations = new Continuations();
    private final Channels channels = new Channels();

    /** @param lexicon the cue words */
    public Statements(CueLexicon lexicon) {
        this.reported = new ReportedSpeech(lexicon);
        this.attacher = new QuoteAttacher(lexicon);
    }

    /** A finder with the shipped cue lexicon. */
    public Statements() {
        this(CueLexicon.standard());
    }

    @Override
    public List<Statement> find(Parsed doc) {
        String text = doc.text();
        List<Quotation> quotes = scanner.scan(text);
        Dependencies deps = new Dependencies(doc);
        List<Statement> found = new ArrayList<>(reported.find(deps));
        found.addAll(according.find(deps));
        found = resolveOverlaps(boundaries.apply(text, quotes, found));
        found.addAll(boundaries.apply(text, quotes, attacher.attach(deps, quotes, found)));
        found = boundaries.apply(text, quotes, attacher.joinSplit(text, quotes, found));
        found.addAll(continuations.find(doc, quotes, found));
        found.sort(Comparator.comparingInt(Statement::start));
        return channels.apply(doc, found);
    }

    /**
     * Keeps, largest content first, each statement that shares no character with one already kept:
     * a statement reported inside another's content ("X said Y wants Z") belongs to the outer one.
     */
    static List<Statement> resolveOverlaps(List<Statement> statements) {
        List<Statement> bySize = new ArrayList<>(statements);
        bySize.sort(Comparator.comparingInt(Statements::size).reversed().thenComparingInt(Statement::start));
        List<Statement> kept = new ArrayList<>();
        for (Statement s : bySize) {
            boolean clash = false;
            for (Statement k : kept) {
                if (clashes(s, k)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Statement::start));
        return kept;
    }

    private static boolean clashes(Statement a, Statement b) {
        for (Span x : a.content()) {
            for (Span y : b.content()) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
            if (b.cue() != null && x.overlaps(b.cue())) {
                return true;
            }
        }
        for (Span y : b.content()) {
            if (a.cue() != null && y.overlaps(a.cue())) {
                return true;
            }
        }
        return false;
    }

    private static int size(Statement s) {
        int n = 0;
        for (Span c : s.content()) {
            n += c.length();
        }
        return n;
    }
}
