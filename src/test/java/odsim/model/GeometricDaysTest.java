package odsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tabulated geometric gap is the formula's, wherever u falls and whatever the chance. */
class GeometricDaysTest {
    @Test
    void tableGivesTheFormulasGap() {
        SplittableRandom rng = new SplittableRandom(11);
        for (double p : new double[] {0.002, 0.011, 0.03, 0.3, 0.5, 0.85, 0.999}) {
            GeometricDays days = new GeometricDays(p, 1_000_001);
            int differ = 0;
            for (int k = 0; k < 1_000_000; k++) {
                double u = rng.nextDouble(0x1.0p-53, 1.0);
                int table = days.gap(u), formula = days.byLog(u);
                // The two may part only where u sits on a power of 1 - p to rounding.
                if (table != formula) {
                    differ++;
                    double edge = Math.pow(1 - p, Math.min(table, formula));
                    assertEquals(edge, u, 1e-12 * edge, "p " + p + ", u " + u);
                }
            }
            assertEquals(0, differ, 2, "p " + p + ": gaps that differ by rounding");
        }
    }

    @Test
    void edgesOfTheSlicesAndChancesOutsideTheTable() {
        GeometricDays days = new GeometricDays(0.3, 1_000_001);
        for (int j = 0; j <= 1024; j++) {
            for (double u : new double[] {Math.nextUp(j / 1024.0), j / 1024.0, Math.nextDown(j / 1024.0)}) {
                if (u > 0 && u < 1) assertEquals(days.byLog(u), days.gap(u), "u " + u);
            }
        }
        for (double u : new double[] {1.0, Math.nextDown(1.0), 1 - 0x1.0p-43}) assertEquals(1, days.gap(u), "u " + u);
        assertEquals(1, new GeometricDays(1, 100).gap(0.5));
        assertEquals(100, new GeometricDays(0, 100).gap(0.5));
        assertEquals(100, new GeometricDays(0.01, 100).gap(1e-9), "capped");
        GeometricDays rare = new GeometricDays(1e-5, 1_000_001);
        assertEquals(rare.byLog(0.37), rare.gap(0.37));
    }
}
