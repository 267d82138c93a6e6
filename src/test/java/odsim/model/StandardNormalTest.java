package odsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StandardNormalTest {
    @Test
    void tableMatchesExactQuantileEverywhere() {
        double worst = 0;
        for (int k = 1; k < 2_000_000; k++) {
            double u = k / 2_000_000.0;
            worst = Math.max(worst, Math.abs(StandardNormal.quantile(u) - StandardNormal.exact(u)));
        }
        assertTrue(worst < 2e-4, "worst error " + worst);
    }

    @Test
    void knownQuantiles() {
        assertEquals(0.0, StandardNormal.quantile(0.5), 1e-9);
        assertEquals(1.959964, StandardNormal.quantile(0.975), 1e-5);
        assertEquals(-3.090232, StandardNormal.quantile(0.001), 1e-5);
    }
}
