package org.whosaid.eval;

/**
 * What was noticed while reading the predictions.
 *
 * @param filesMissing gold articles without a prediction (scored as predicting nothing)
 * @param filesUnreadable prediction files that are not JSON of the expected shape
 * @param filesExtra prediction files for no gold article (ignored)
 * @param spansWithText predicted spans that repeat their text
 * @param textMismatch of those, spans whose text differs from the article at their offsets
 * @param invalidOffsets spans dropped for offsets that are missing, not integers or outside the text
 */
public record PredStats(
        int filesMissing,
        int filesUnreadable,
        int filesExtra,
        int spansWithText,
        int textMismatch,
        int invalidOffsets) {

    /** Counts while reading. */
    static final class Tally {
        int filesMissing;
        int filesUnreadable;
        int filesExtra;
        int spansWithText;
        int textMismatch;
        int invalidOffsets;

        PredStats freeze() {
            return new PredStats(
                    filesMissing, filesUnreadable, filesExtra, spansWithText, textMismatch, invalidOffsets);
        }
    }
}
