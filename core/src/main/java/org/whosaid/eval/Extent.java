package org.whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A role span as the scorer compares it: its fragments trimmed of white space at their edges, empty
 * ones dropped, sorted, and merged where they overlap or touch. Two extents are equal when they cover
 * the same characters.
 *
 * @param fragments disjoint, non-touching, in text order; empty for a missing span
 */
public record Extent(List<Fragment> fragments) {

    /** No span. */
    public static final Extent NONE = new Extent(List.of());

    /** Copies the list so the record stays immutable. */
    public Extent {
        fragments = List.copyOf(fragments);
    }

    /**
     * Normalises raw fragments against the text: clipped to it, trimmed, sorted and merged.
     *
     * @param raw fragments as annotated or predicted
     * @param text the article text
     * @return the normalised extent, {@link #NONE} where nothing is left
     */
    public static Extent normalise(List<Fragment> raw, CodePoints text) {
        List<Fragment> trimmed = new ArrayList<>(raw.size());
        for (Fragment f : raw) {
            int s = Math.max(0, f.start());
            int e = Math.min(text.length(), f.end());
            while (s < e && CharClasses.isSpace(text.at(s))) {
                s++;
            }
            while (e > s && CharClasses.isSpace(text.at(e - 1))) {
                e--;
            }
            if (s < e) {
                trimmed.add(new Fragment(s, e));
            }
        }
        trimmed.sort(null);
        List<Fragment> merged = new ArrayList<>(trimmed.size());
        for (Fragment f : trimmed) {
            Fragment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() <= last.end()) {
                if (f.end() > last.end()) {
                    merged.set(merged.size() - 1, new Fragment(last.start(), f.end()));
                }
            } else {
                merged.add(f);
            }
        }
        return merged.isEmpty() ? NONE : new Extent(merged);
    }

    /** @return whether nothing is covered */
    public boolean isEmpty() {
        return fragments.isEmpty();
    }

    /**
     * @param text the article text
     * @return the covered text, fragments joined by one space
     */
    public String text(CodePoints text) {
        return fragments.stream().map(f -> text.slice(f.start(), f.end())).collect(Collectors.joining(" "));
    }
}
