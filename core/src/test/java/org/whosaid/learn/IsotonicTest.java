package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IsotonicTest {

    @Test
    void poolsAdjacentViolators() {
        // Shares by score: 0 -> 0/1, 1 -> 1/1, 2 -> 0/1, 3 -> 1/1: the middle two pool to 1/2.
        Isotonic m = Isotonic.fit(new double[] {0, 1, 2, 3}, new boolean[] {false, true, false, true});
        assertEquals(0.0, m.apply(-5));
        assertEquals(0.5, m.apply(1.5));
        assertEquals(1.0, m.apply(10));
        assertEquals(3, m.values().length);
    }

    @Test
    void isNonDecreasingAndMatchesTheRateOfALogisticSource() {
        Random r = new Random(11);
        int n = 20000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextGaussian() * 2;
            // The true probability is the logistic of half the score: the map must learn it.
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-s[i] / 2));
        }
        Isotonic m = Isotonic.fit(s, y);
        double last = -1;
        for (double x = -6; x <= 6; x += 0.25) {
            double p = m.apply(x);
            assertTrue(p >= last, "non-decreasing at " + x);
            last = p;
        }
        assertEquals(0.5, m.apply(0), 0.05);
        assertEquals(1 / (1 + Math.exp(-1)), m.apply(2), 0.06);
    }

    @Test
    void equalScoresShareOneValue() {
        Isotonic m = Isotonic.fit(new double[] {1, 1, 1, 1}, new boolean[] {true, false, true, true});
        assertEquals(0.75, m.apply(1));
    }
}
