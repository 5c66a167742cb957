package org.whosaid.eval;

import java.util.Locale;

/** The roles of a statement that are scored, in the scorer's order. */
public enum Role {
    /** The words that introduce the statement. */
    CUE,
    /** Who made it. */
    SOURCE,
    /** What was said. */
    CONTENT;

    /** @return the name used in reports: {@code cue}, {@code source}, {@code content} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
