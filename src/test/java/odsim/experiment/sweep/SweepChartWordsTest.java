package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 19: the sweep chart names measures and parameters in words, not as the files spell them. */
class SweepChartWordsTest {
    @Test
    void namesReadAsWords() {
        assertEquals("overdose deaths per 100k", SweepChart.words("overdose_deaths_per_100k"));
        assertEquals("kits per year per 100k", SweepChart.words("kitsPerYearPer100k"));
        assertEquals("sites", SweepChart.words("sites"));
        assertEquals("overdose deaths fentanyl as a share of overdose deaths", SweepChart.words("overdose_deaths_fentanyl_share_of_overdose_deaths"));
    }
}
