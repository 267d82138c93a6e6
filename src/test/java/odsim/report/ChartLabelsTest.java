package odsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Labels on the cost-effectiveness plane: where options sit apart, beside their points; where they crowd, not on top of one another. */
class ChartLabelsTest {
    @Test
    void apartStayPutCrowdedMoveOrGiveWay() {
        double[][] xy = {{-1000, 200}, {1000, 700}, {10, 10}, {12, 11}, {14, 9}, {11, 10}};
        String[] names = {"far-left", "far-right", "crowd-a", "crowd-b", "crowd-c", "crowd-d"};
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("means", false);
        for (double[] p : xy) s.add(p[0], p[1]);
        data.addSeries(s);
        double[] offsets = Charts.labelOffsets(data, xy, names);
        assertEquals(0, offsets[0]);
        assertEquals(0, offsets[1]);
        // Four labels at one spot: one stays beside its point; the others move a line or give way.
        int stayed = 0, moved = 0, left = 0;
        for (int k = 2; k < 6; k++) {
            if (Double.isNaN(offsets[k])) left++;
            else if (offsets[k] == 0) stayed++;
            else moved++;
        }
        assertEquals(1, stayed);
        assertTrue(moved >= 1, "at least one moves a line");
        assertEquals(3, moved + left);
    }
}
