package org.whosaid.eval;

/**
 * What was noticed while reading the gold annotations.
 *
 * @param droppedNoContent attributions dropped because they have no content span
 * @param discontinuousContent attributions whose content has more than one fragment
 * @param noSource attributions without a source
 * @param noCue attributions without a cue
 * @param multiAnnotator articles with several annotation files (scored on the first)
 * @param withoutAnnotation articles without any annotation file (no gold attribution)
 */
public record GoldStats(
        int droppedNoContent,
        int discontinuousContent,
        int noSource,
        int noCue,
        int multiAnnotator,
        int withoutAnnotation) {

    /** Counts while reading. */
    static final class Tally {
        int droppedNoContent;
        int discontinuousContent;
        int noSource;
        int noCue;
        int multiAnnotator;
        int withoutAnnotation;

        GoldStats freeze() {
            return new GoldStats(
                    droppedNoContent, discontinuousContent, noSource, noCue, multiAnnotator, withoutAnnotation);
        }
    }
}
