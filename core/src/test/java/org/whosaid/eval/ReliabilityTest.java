package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void binsByConfidenceAndWeighsTheGapsBySize() {
        // Bin 0.8-0.9: four statements at 0.8, three right (gap 0.05); bin 0.2-0.3: one at 0.2, wrong (gap 0.2).
        List<Double> c = Arrays.asList(0.8, 0.8, 0.8, 0.8, 0.2, null);
        List<Boolean> r = List.of(true, true, true, false, false, true);
        Reliability rel = Reliability.of(c, r);
        assertEquals(5, rel.count());
        assertEquals(1, rel.withoutConfidence());
        assertEquals(4, rel.bins().get(8).count());
        assertEquals(0.75, rel.bins().get(8).accuracy(), 1e-12);
        assertEquals(0.8, rel.bins().get(8).meanConfidence(), 1e-12);
        assertEquals(4.0 / 5 * 0.05 + 1.0 / 5 * 0.2, rel.ece(), 1e-12);
        assertTrue(rel.text().contains("ECE 0.080"), rel.text());
    }

    @Test
    void confidenceOneFallsInTheLastBin() {
        Reliability rel = Reliability.of(List.of(1.0, 0.0), List.of(true, false));
        assertEquals(1, rel.bins().get(9).count());
        assertEquals(1, rel.bins().get(0).count());
        assertEquals(0.0, rel.ece(), 1e-12);
    }

    @Test
    void perfectlyCalibratedStatementsHaveNoError() {
        List<Double> c = new ArrayList<>();
        List<Boolean> r = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            c.add(0.35);
            r.add(i < 3 || i == 9 ? false : i < 6);
        }
        // 0.35 for ten statements, of which i = 3, 4, 5 are right: 0.3, a gap of 0.05.
        assertEquals(0.05, Reliability.of(c, r).ece(), 1e-12);
    }
}
