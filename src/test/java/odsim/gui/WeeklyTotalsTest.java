package odsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import odsim.engine.OverdoseSim;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class WeeklyTotalsTest {
    @Test
    void weeksAddUpToTheRunAndCostCategoriesToTheTotal() {
        RunResult run = OverdoseSim.run(ScenarioLoader.parse("t", "population: {agents: 2000}\nhorizon: {start: 2020-01-01, end: 2020-03-04}\n"),
                0, 1, null);
        WeeklyTotals totals = new WeeklyTotals(LocalDate.of(2020, 1, 1));
        double deaths = 0;
        WeekPoint last = null;
        int weeks = 0;
        for (int d = 0; d < run.days(); d++) {
            WeekPoint w = totals.add(run.daily(), d);
            if ((d + 1) % 7 != 0 && d != run.days() - 1) {
                assertNull(w);
                continue;
            }
            weeks++;
            deaths += w.deaths()[0];
            last = w;
        }
        assertEquals(10, weeks, "9 whole weeks and the last part-week");
        assertEquals(run.total(Measure.OVERDOSE_DEATHS), deaths, 1e-9);
        assertEquals(LocalDate.of(2020, 3, 4), last.end());
        double categories = 0;
        for (double c : last.cumulativeCosts()) categories += c;
        assertTrue(categories > 0);
        assertEquals(run.total(Measure.COST_TOTAL), categories, 1e-6 * categories, "every cost belongs to one category");
    }
}
