package org.whosaid.eval;

/**
 * Precision, recall and F1 with the counts behind them. Precision and recall may count differently
 * (e.g. matched pairs whose prediction, or whose gold, is a direct quote); a division by zero gives 0.
 *
 * @param p precision
 * @param r recall
 * @param f1 their harmonic mean
 * @param tpPred correct items counted on the predicted side
 * @param nPred predicted items
 * @param tpGold correct items counted on the gold side
 * @param nGold gold items
 */
public record Prf(double p, double r, double f1, int tpPred, int nPred, int tpGold, int nGold) {

    /**
     * @param tpPred correct items counted on the predicted side
     * @param nPred predicted items
     * @param tpGold correct items counted on the gold side
     * @param nGold gold items
     * @return the figures
     */
    public static Prf of(int tpPred, int nPred, int tpGold, int nGold) {
        double p = nPred == 0 ? 0.0 : (double) tpPred / nPred;
        double r = nGold == 0 ? 0.0 : (double) tpGold / nGold;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Prf(p, r, f, tpPred, nPred, tpGold, nGold);
    }
}
