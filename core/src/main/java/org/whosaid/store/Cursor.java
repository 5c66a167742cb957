package org.whosaid.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of statements ended: the position of the next result and the sort values of the last
 * one, so that the next page is found by skipping what sorts before it rather than by ranking every
 * earlier result again. Written as an opaque URL-safe string.
 *
 * @param position the position of the first result after the cursor
 * @param scored whether the search ranks by relevance first
 * @param score the last result's relevance (scored searches)
 * @param day the last result's first day, epoch days ({@link Long#MIN_VALUE}: undated)
 * @param article the last result's article id
 * @param order the last result's position in its article
 */
record Cursor(int position, boolean scored, float score, long day, String article, int order) {

    private static final String VERSION = "1";

    /**
     * @param position the position of the result after {@code last}
     * @param scored whether the search ranks by relevance first
     * @param last the last result of a page, with the sort values of {@link StatementSearch#sort}
     * @return the cursor after it
     */
    static Cursor after(int position, boolean scored, FieldDoc last) {
        int i = scored ? 1 : 0;
        return new Cursor(
                position,
                scored,
                scored ? (Float) last.fields[0] : 0f,
                (Long) last.fields[i],
                ((BytesRef) last.fields[i + 1]).utf8ToString(),
                (Integer) last.fields[i + 2]);
    }

    /**
     * @param text a cursor as {@link #toString()} wrote it
     * @param scored whether the search it is used for ranks by relevance first
     * @return the cursor
     * @throws IllegalArgumentException where the text is not a cursor, or one of another kind of search
     */
    static Cursor parse(String text, boolean scored) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 7);
        } catch (IllegalArgumentException e) {
            throw notACursor(text);
        }
        if (parts.length != 7 || !VERSION.equals(parts[0])) {
            throw notACursor(text);
        }
        try {
            boolean wasScored = "s".equals(parts[2]);
            if (wasScored != scored) {
                throw new IllegalArgumentException("the cursor '" + text + "' belongs to a search "
                        + (wasScored ? "with" : "without") + " words; start again without it");
            }
            return new Cursor(
                    Integer.parseInt(parts[1]),
                    wasScored,
                    Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16)),
                    Long.parseLong(parts[4]),
                    parts[6],
                    Integer.parseInt(parts[5]));
        } catch (NumberFormatException e) {
            throw notACursor(text);
        }
    }

    /** @return the search-after position for Lucene: after every result that sorts before or with this one */
    FieldDoc fieldDoc() {
        Object[] fields = scored
                ? new Object[] {score, day, new BytesRef(article), order}
                : new Object[] {day, new BytesRef(article), order};
        // The sort values are unique to a statement, so the document number never decides.
        return new FieldDoc(Integer.MAX_VALUE, scored ? score : Float.NaN, fields);
    }

    @Override
    public String toString() {
        String text = String.join(
                "|",
                VERSION,
                Integer.toString(position),
                scored ? "s" : "n",
                Integer.toHexString(Float.floatToIntBits(score)),
                Long.toString(day),
                Integer.toString(order),
                article);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static IllegalArgumentException notACursor(String text) {
        return new IllegalArgumentException("'" + text + "' is not a cursor of a previous page");
    }
}
