package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import odsim.scenario.Mark;
import odsim.scenario.YNode;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static SweepParameter levels(String path, String... labels) {
        return new SweepParameter(path, new Mark("t", 1, 1),
                java.util.Arrays.stream(labels).map(l -> new Level(l, new YNode.Scalar(l, null))).toList(), null);
    }

    private static SweepParameter range(String path, double min, double max, boolean integer) {
        return new SweepParameter(path, new Mark("t", 1, 1), List.of(), new SweepParameter.Range(min, max, integer));
    }

    @Test
    void gridTakesEveryCombinationWithTheFirstParameterSlowest() {
        List<Point> points = Design.GRID.points(List.of(levels("a", "1", "2"), levels("b", "x", "y", "z")), 0, 0);
        assertEquals(6, points.size());
        List<String> seen = points.stream().map(p -> p.levels().get(0).label() + p.levels().get(1).label()).toList();
        assertEquals(List.of("1x", "1y", "1z", "2x", "2y", "2z"), seen);
        for (int i = 0; i < points.size(); i++) assertEquals(i, points.get(i).index());
    }

    /** Each of n equal strata of every dimension holds exactly one point; the same seed gives the same points. */
    @Test
    void latinHypercubeFillsEveryStratumOnce() {
        int n = 50;
        double[][] u = Design.latinHypercube(n, 3, 7);
        for (int k = 0; k < 3; k++) {
            boolean[] hit = new boolean[n];
            for (double[] p : u) {
                assertTrue(p[k] >= 0 && p[k] < 1);
                int stratum = (int) (p[k] * n);
                assertTrue(!hit[stratum], "stratum " + stratum + " twice in dimension " + k);
                hit[stratum] = true;
            }
        }
        assertArrayEquals(u[17], Design.latinHypercube(n, 3, 7)[17]);
        assertTrue(u[17][0] != Design.latinHypercube(n, 3, 8)[17][0]);
    }

    @Test
    void sobolPointsAreSpreadAndMappedOntoRangesAndLevels() {
        List<Point> points = Design.SOBOL.points(List.of(range("a", 10, 20, false), levels("b", "lo", "hi"), range("c", 0, 5, true)), 64, 0);
        assertEquals(64, points.size());
        int below15 = 0, lo = 0;
        for (Point p : points) {
            double a = Double.parseDouble(p.levels().get(0).label());
            assertTrue(a >= 10 && a <= 20, "a=" + a);
            if (a < 15) below15++;
            if (p.levels().get(1).label().equals("lo")) lo++;
            double c = Double.parseDouble(p.levels().get(2).label());
            assertEquals(Math.rint(c), c, "integer range gives whole numbers");
        }
        // A Sobol sequence of 2^k points (after its origin, nearly) splits every half evenly.
        assertTrue(Math.abs(below15 - 32) <= 1, "below 15: " + below15);
        assertTrue(Math.abs(lo - 32) <= 1, "lo: " + lo);
    }

    @Test
    void shardsSplitRunsIntoDisjointEqualShares() {
        int runs = 103, n = 4;
        int[] count = new int[n];
        for (int run = 0; run < runs; run++) {
            int holders = 0;
            for (int i = 1; i <= n; i++) {
                if (new Shard(i, n).contains(run)) {
                    holders++;
                    count[i - 1]++;
                }
            }
            assertEquals(1, holders, "run " + run);
        }
        for (int c : count) assertTrue(c == 25 || c == 26);
        assertEquals(new Shard(3, 8), Shard.parse("3/8"));
        assertEquals(null, Shard.parse("0/8"));
        assertEquals(null, Shard.parse("9/8"));
        assertEquals(null, Shard.parse("x"));
    }
}
