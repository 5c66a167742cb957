package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;

/**
 * All statement finding, in order: quotations on the raw text; reported speech and "according to"
 * through the dependency tree; lines labelled with a name and a colon; content lined up with the quotation marks; overlapping and nested
 * finds resolved (each word belongs to one statement, the outer one wins); quotations attached to
 * the cue beside them; quotations split by their cue joined; continuation quotations; channels.
 * Thread safe.
 */
public final class Statements implements StatementFinder {

    /** Fewest words a lone quotation needs to count as something said. */
    private static final int SCARE_WORDS = 4;
    /** Most characters between a quotation and the cue that follows it ("...," the former senator said). */
    private static final int CUE_AFTER = 60;
    /** Share of a word's occurrences as a cue that makes it a verb of speaking ("said", "told"). */
    private static final double SPEECH = 0.5;

    private final QuoteScanner scanner = new QuoteScanner();
    private final ReportedSpeech reported;
    private final AccordingTo according = new AccordingTo();
    private final Labels labels = new Labels();
    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final QuoteAttacher attacher;
    private final Continuations continuations = new Continuations();
    private final Channels channels = new Channels();
    private final CueLexicon lexicon;

    /** @param lexicon the cue words */
    public Statements(CueLexicon lexicon) {
        this.lexicon = lexicon;
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
        Dependencies deps = new Dependencies(doc, quotes);
        List<Statement> found = new ArrayList<>(reported.find(deps, quotes));
        found.addAll(according.find(deps));
        found.addAll(labels.find(doc));
        found = resolveOverlaps(boundaries.apply(text, quotes, found), lexicon);
        found.addAll(boundaries.apply(text, quotes, attacher.attach(deps, quotes, found)));
        found = sameCue(found);
        found = boundaries.apply(text, quotes, attacher.joinSplit(text, quotes, found));
        found = continuations.apply(doc, quotes, found);
        found.removeIf(s -> scareQuote(text, quotes, s, lexicon));
        return channels.apply(doc, found);
    }

    /**
     * Keeps each statement that shares no character with one already kept, the surest cue first and
     * then the largest content: "X said Y wants Z" is X's statement, not Y's wish.
     *
     * @param statements statements that may overlap
     * @param lexicon how reliable each cue word is
     * @return the statements kept, in text order
     */
    static List<Statement> resolveOverlaps(List<Statement> statements, CueLexicon lexicon) {
        List<Statement> bySize = new ArrayList<>(statements);
        bySize.sort(Comparator.comparingDouble((Statement s) -> -surety(s, lexicon))
                .thenComparing(Comparator.comparingInt(Statements::size).reversed())
                .thenComparingInt(Statement::start));
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

    /**
     * A few quoted words standing alone as what was said ("referred to a \u201csex tape\u201d", "released
     * \"medical records\"") are a phrase or a title the writer quotes, not a statement; a few words
     * followed by a verb of speaking and its speaker ("\u201cI love you,\u201d he said") are.
     */
    static boolean scareQuote(String text, List<Quotation> quotes, Statement s, CueLexicon lexicon) {
        if (s.content().size() != 1) {
            return false;
        }
        Span c = s.content().get(0);
        if (s.cue() != null
                && s.source() != null
                && s.cue().start() >= c.end()
                && s.cue().start() - c.end() <= CUE_AFTER
                && lexicon.reliability(s.cue().text()) >= SPEECH
                && text.substring(c.start(), c.end()).matches("(?s).*[,.!?]\\W*")
                && !text.substring(c.end(), s.cue().start()).matches("(?s).*[.!?\n].*")) {
            // "\u201cI love you,\u201d he said.": the words come first, then who said them.
            return false;
        }
        for (Quotation q : quotes) {
            if (q.start() == c.start() && q.end() == c.end()) {
                return QuoteAttacher.words(text, q) < SCARE_WORDS && !endsSentence(text, q);
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, Quotation q) {
        for (int i = q.end() - 1; i > q.start(); i--) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                return false;
            }
            if (ch == '.' || ch == '?' || ch == '!') {
                return true;
            }
        }
        return false;
    }

    /** Statements introduced by the same cue are one statement ("A," he said, "B."). */
    static List<Statement> sameCue(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        Map<Integer, Integer> byCue = new HashMap<>();
        for (Statement s : statements) {
            Integer at = s.cue() == null ? null : byCue.get(s.cue().start());
            if (at == null) {
                if (s.cue() != null) {
                    byCue.put(s.cue().start(), out.size());
                }
                out.add(s);
                continue;
            }
            Statement first = out.get(at);
            List<Span> content = new ArrayList<>(first.content());
            content.addAll(s.content());
            content.sort(Comparator.comparingInt(Span::start));
            // The kind is set again when the boundaries are drawn.
            out.set(
                    at,
                    new Statement(
                            first.kind(),
                            first.source() != null ? first.source() : s.source(),
                            first.cue(),
                            content,
                            first.channel(),
                            first.sentence()));
        }
        out.sort(Comparator.comparingInt(Statement::start));
        return out;
    }

    /** Cue reliability in coarse steps, so that near-equal cues fall back on size. */
    private static double surety(Statement s, CueLexicon lexicon) {
        if (s.cue() == null) {
            return 0;
        }
        if (Labels.isLabelCue(s)) {
            // A labelled line holds everything said on it.
            return 1;
        }
        String first = s.cue().text().split("\\s+")[0];
        return Math.floor(lexicon.reliability(first) * 4) / 4;
    }

    private static int size(Statement s) {
        int n = 0;
        for (Span c : s.content()) {
            n += c.length();
        }
        return n;
    }
}
