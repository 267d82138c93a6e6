package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import odsim.scenario.Mark;
import org.junit.jupiter.api.Test;

class DistanceTest {
    private static Target deaths(String year, double value) {
        return new Target("overdose_deaths_per_100k", year, value, Double.NaN, Double.NaN, "test", Mark.ofFile("t"));
    }

    /** The US plateau: 14.64 in 2017, 14.32 in 2018 (NCHS), a dip of 2.2%. */
    private static final List<Target> PLATEAU = List.of(deaths("2017", 14.64), deaths("2018", 14.32));

    @Test
    void levelsAreTheRootMeanSquareOfRelativeErrors() {
        double[] model = {14.64 * 1.07, 14.32 * 0.97};
        assertEquals(Math.sqrt((0.07 * 0.07 + 0.03 * 0.03) / 2), Distance.LEVELS.of(PLATEAU, model), 1e-12);
    }

    /**
     * Two curves 7% off in each year tie on their levels, the one 7% high in both (it dips as the
     * observations do) and the one 7% low in 2017 and 7% high in 2018 (it rises); scored on changes too, the one that dips is closer: its change is the observed
     * one, an error of 0 in the mean.
     */
    @Test
    void changesTellADipFromARiseThatLevelsScoreAlike() {
        double[] dipping = {14.64 * 1.07, 14.32 * 1.07};
        double[] rising = {14.64 * 0.93, 14.32 * 1.07};
        assertEquals(Distance.LEVELS.of(PLATEAU, dipping), Distance.LEVELS.of(PLATEAU, rising), 1e-12);
        assertEquals(Math.sqrt(2 * 0.07 * 0.07 / 3), Distance.LEVELS_AND_CHANGES.of(PLATEAU, dipping), 1e-12);
        double ratio = 1.07 / 0.93 - 1; // the rising curve's change against the observed one
        double levels = Distance.LEVELS.of(PLATEAU, rising);
        assertEquals(Math.sqrt((2 * levels * levels + ratio * ratio) / 3), Distance.LEVELS_AND_CHANGES.of(PLATEAU, rising), 1e-12);
        assertTrue(Distance.LEVELS_AND_CHANGES.of(PLATEAU, rising) > Distance.LEVELS_AND_CHANGES.of(PLATEAU, dipping));
    }

    /** Only one measure's consecutive calendar years make a change: not a gap, not another measure, not the total. */
    @Test
    void changesPairConsecutiveYearsOfOneMeasure() {
        Target share2017 = new Target("overdose_deaths_fentanyl_share_of_overdose_deaths", "2017", 0.598, Double.NaN, Double.NaN, "test", Mark.ofFile("t"));
        List<Target> targets = List.of(deaths("2018", 14.32), deaths("2015", 10.32), share2017, deaths("2017", 14.64), deaths("total", 100));
        List<int[]> pairs = Distance.changes(targets);
        assertEquals(1, pairs.size());
        assertEquals(3, pairs.get(0)[0]);
        assertEquals(0, pairs.get(0)[1]);
    }
}
