package odsim.economics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import odsim.scenario.Perspective;
import org.junit.jupiter.api.Test;

/** The cost-effectiveness acceptability curve from paired replications. */
class AcceptabilityTest {
    private static Appraisal option(String name, double[] netCost, double[] qalys) {
        return new Appraisal(name, Perspective.ALL[0], null, null, null, null, null, null, null, null, new double[netCost.length], netCost, qalys);
    }

    @Test
    void anOptionWinsOnceWillingnessPassesItsCostPerQaly() {
        // 10 USD more for 1 QALY more in every replication: the baseline is best below 10 USD per QALY, the option above.
        Appraisal a = option("a", new double[] {10, 10, 10, 10}, new double[] {1, 1, 1, 1});
        Acceptability c = Acceptability.of("base", List.of(a), new double[] {0, 5, 15, 100});
        assertEquals(List.of("base", "a"), c.options());
        assertArrayEquals(new double[] {1, 1, 0, 0}, c.probability()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0, 1, 1}, c.probability()[1], 1e-12);
        assertEquals("a", c.mostOftenBest(3));
    }

    @Test
    void sharesFollowTheReplicationsAndAddUpToOne() {
        // Replications differ: at 20 USD per QALY, a wins in the two where it gains 1 QALY for 10, b in the others.
        Appraisal a = option("a", new double[] {10, 10, 10, 10}, new double[] {1, 1, 0, 0});
        Appraisal b = option("b", new double[] {5, 5, 5, 5}, new double[] {0.2, 0.2, 1, 1});
        Acceptability c = Acceptability.of("base", List.of(a, b), new double[] {20});
        assertEquals(0.5, c.probability()[1][0], 1e-12);
        assertEquals(0.5, c.probability()[2][0], 1e-12);
        assertEquals(0.0, c.probability()[0][0], 1e-12);
    }

    @Test
    void aSavingThatGainsNothingTiesWithTheBaselineOnlyWhenItSavesNothing() {
        Appraisal same = option("same", new double[] {0, 0}, new double[] {0, 0});
        Acceptability c = Acceptability.of("base", List.of(same), new double[] {0, 50_000});
        assertArrayEquals(new double[] {0.5, 0.5}, c.probability()[0], 1e-12, "ties are shared");
        Appraisal saves = option("saves", new double[] {-1, -1}, new double[] {0, 0});
        assertArrayEquals(new double[] {1, 1}, Acceptability.of("base", List.of(saves), new double[] {0, 50_000}).probability()[1], 1e-12);
    }

    @Test
    void theDefaultGridRunsTo200000() {
        double[] w = Acceptability.defaultWillingness();
        assertEquals(0, w[0]);
        assertEquals(200_000, w[w.length - 1]);
    }
}
