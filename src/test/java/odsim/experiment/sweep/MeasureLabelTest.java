package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import odsim.results.Measure;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The three forms of a sweep's measure label, against a run made by hand over two calendar years
 * (2015: 365 days, 2016: 366): counts summed per year, per 100,000 residents, and one measure's
 * share of another as the ratio of the year's sums, not a mean of daily ratios.
 */
class MeasureLabelTest {
    private static final int DAYS = 365 + 366;

    private static RunResult run() {
        double[][] daily = new double[Measure.COUNT][DAYS];
        for (int d = 0; d < DAYS; d++) {
            daily[Measure.OVERDOSE_DEATHS.ordinal()][d] = d < 365 ? 2 : 4;
            // 2015: one fentanyl death on each of the first 73 days only (73 of 730); 2016: 3 of 4 every day.
            daily[Measure.OVERDOSE_DEATHS_FENTANYL.ordinal()][d] = d < 73 ? 1 : d < 365 ? 0 : 3;
            daily[Measure.FENTANYL_SHARE.ordinal()][d] = 0.5;
        }
        return new RunResult("hand", 0, 1, LocalDate.of(2015, 1, 1), 2_000_000, daily);
    }

    @Test
    void aShareIsTheRatioOfTheYearsSums() {
        RunResult run = run();
        String share = "overdose_deaths_fentanyl_share_of_overdose_deaths";
        assertEquals(73.0 / 730, RunRows.value(run, share, "2015"), 1e-15);
        assertEquals(0.75, RunRows.value(run, share, "2016"), 1e-15);
        assertEquals((73.0 + 3 * 366) / (730 + 4 * 366), RunRows.value(run, share, "total"), 1e-15);
        assertEquals(730, RunRows.value(run, "overdose_deaths", "2015"));
        assertEquals(4 * 366 * 100_000 / 2_000_000.0, RunRows.value(run, "overdose_deaths_per_100k", "2016"), 1e-12);
        // A level (stock) is averaged over the year's days.
        assertEquals(0.5, RunRows.value(run, "fentanyl_share", "2016"), 1e-15);
    }

    @Test
    void onlyKnownMeasuresOfOneKindFormALabel() {
        assertNotNull(MeasureLabel.parse("people_methadone_per_100k"));
        assertNotNull(MeasureLabel.parse("naloxone_reversals_share_of_overdoses"));
        assertNull(MeasureLabel.parse("overdose_death_share_of_overdoses"), "a typo");
        assertNull(MeasureLabel.parse("overdose_deaths_share_of_overdose_deaths"), "a measure's share of itself");
        assertNull(MeasureLabel.parse("overdose_deaths_share_of_people_street"), "a count's share of a level");
        assertNull(MeasureLabel.parse("fentanyl_share_per_100k"), "a market measure is not per resident");
        assertNull(MeasureLabel.parse("Overdose_deaths"), "labels are lower case, as series.csv writes them");
    }
}
