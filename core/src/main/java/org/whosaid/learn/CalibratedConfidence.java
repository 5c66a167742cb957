package org.whosaid.learn;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.QuoteScanner;
import org.whosaid.nlp.Parsed;
import org.whosaid.pipeline.ConfidenceEstimator;
import org.whosaid.result.Attribution;

/** The closing stage of the extraction: each statement's calibrated confidence. Thread safe. */
public final class CalibratedConfidence implements ConfidenceEstimator {

    private final ConfidenceModel model;
    private final StatementFeatures features;
    private final QuoteScanner scanner = new QuoteScanner();

    /**
     * @param model the confidence model
     * @param lexicon the cue words its features read
     */
    public CalibratedConfidence(ConfidenceModel model, CueLexicon lexicon) {
        this.model = model;
        this.features = new StatementFeatures(lexicon);
    }

    @Override
    public List<Attribution> estimate(Parsed doc, List<Attribution> attributions) {
        StatementFeatures.Context c = features.context(doc, scanner.scan(doc.text()));
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            double p = model.probability(features.of(c, a, attributions.size()));
            // Three decimals: finer figures would claim more than the calibration knows.
            out.add(a.withConfidence(Math.round(p * 1000) / 1000.0));
        }
        return out;
    }
}
