package odsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifeTableTest {
    @Test
    void tabulatedAgesGiveTheTableAndAgesBetweenAreLinear() {
        assertEquals(40.9, LifeTable.yearsLeft(40), 1.0 / 256);
        assertEquals((40.9 + 36.3) / 2, LifeTable.yearsLeft(42.5), 1.0 / 256);
        assertEquals(2.3, LifeTable.yearsLeft(110), 1.0 / 256);
        assertEquals(78.8, LifeTable.yearsLeft(-1), 1.0 / 256);
    }

    @Test
    void remainingYearsFallWithAge() {
        for (double age = 0; age < 105; age += 0.25) {
            assertTrue(LifeTable.yearsLeft(age + 0.25) <= LifeTable.yearsLeft(age), "at age " + age);
        }
    }

    /** Values on a 1/256-year grid: sums do not depend on the order of adding (engine vs MASON peer). */
    @Test
    void sumsAreExactInAnyOrder() {
        double forward = 0, backward = 0;
        for (int day = 0; day < 40_000; day += 7) forward += LifeTable.yearsLeftAt(day, -10_000);
        for (int day = 39_998; day >= 0; day -= 7) backward += LifeTable.yearsLeftAt(day, -10_000);
        assertEquals(forward, backward, 0.0);
    }
}
