package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticTest {

    /** Examples whose label follows a known probability per feature: 0.9 with "good", 0.2 with "bad". */
    private static void sample(List<Map<String, Double>> x, List<Boolean> y, int n, long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            boolean good = r.nextBoolean();
            x.add(Map.of(good ? "good" : "bad", 1.0, "rare" + (i % 1000), 1.0));
            y.add(r.nextDouble() < (good ? 0.9 : 0.2));
        }
    }

    @Test
    void recoversTheProbabilityOfEachFeature() {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        sample(x, y, 4000, 7);
        Logistic m = Logistic.fit(x, y, 1.0, 10);
        assertEquals(0.9, m.probability(Map.of("good", 1.0)), 0.03);
        assertEquals(0.2, m.probability(Map.of("bad", 1.0)), 0.03);
        assertFalse(m.weights().containsKey("rare1"), "features seen fewer than minCount times are left out");
    }

    @Test
    void sameDataSameWeights() {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        sample(x, y, 1000, 3);
        assertEquals(
                Logistic.fit(x, y, 1.0, 10).weights(),
                Logistic.fit(x, y, 1.0, 10).weights());
    }

    @Test
    void thePenaltyShrinksTheWeights() {
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        sample(x, y, 1000, 5);
        double loose = Math.abs(Logistic.fit(x, y, 0.01, 10).weights().get("good"));
        double tight = Math.abs(Logistic.fit(x, y, 500, 10).weights().get("good"));
        assertTrue(tight < loose, tight + " < " + loose);
    }
}
