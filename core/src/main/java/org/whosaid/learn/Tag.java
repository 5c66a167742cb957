package org.whosaid.learn;

/** The tag of one token: outside any statement, or the beginning or inside of a source, cue or content. */
public enum Tag {
    /** Outside. */
    O,
    /** First token of a source. */
    B_SOURCE,
    /** Further token of a source. */
    I_SOURCE,
    /** First token of a cue. */
    B_CUE,
    /** Further token of a cue. */
    I_CUE,
    /** First token of a content. */
    B_CONTENT,
    /** Further token of a content. */
    I_CONTENT;

    private static final Tag[] ALL = values();

    /** @return the number of tags */
    public static int count() {
        return ALL.length;
    }

    /**
     * @param ordinal a tag's ordinal
     * @return that tag
     */
    public static Tag of(int ordinal) {
        return ALL[ordinal];
    }

    /** @return the role: 0 outside, 1 source, 2 cue, 3 content */
    public int role() {
        return (ordinal() + 1) / 2;
    }

    /** @return whether the tag begins a span */
    public boolean begins() {
        return this == B_SOURCE || this == B_CUE || this == B_CONTENT;
    }

    /**
     * @param role 1 source, 2 cue, 3 content
     * @param begin whether the token begins the span
     * @return the tag
     */
    public static Tag of(int role, boolean begin) {
        return role == 0 ? O : ALL[2 * role - (begin ? 1 : 0)];
    }
}
