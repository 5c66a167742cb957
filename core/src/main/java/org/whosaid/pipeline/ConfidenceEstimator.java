package org.whosaid.pipeline;

import java.util.List;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Attribution;

/** The closing stage: how likely each statement of an article is right. */
@FunctionalInterface
public interface ConfidenceEstimator {

    /**
     * @param doc the parsed article
     * @param attributions its statements, speakers resolved
     * @return the same statements in the same order, each with its confidence
     */
    List<Attribution> estimate(Parsed doc, List<Attribution> attributions);
}
