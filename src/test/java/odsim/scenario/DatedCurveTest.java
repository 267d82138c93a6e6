package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedCurveTest {
    @Test
    void linearInterpolatesAndHoldsEnds() {
        DatedCurve c = DatedCurve.parseCompact("linear 2020-01-01=0.2 2020-01-11=0.4");
        assertEquals(0.2, c.valueAt(LocalDate.of(2019, 6, 1)), 1e-12);
        assertEquals(0.3, c.valueAt(LocalDate.of(2020, 1, 6)), 1e-12);
        assertEquals(0.4, c.valueAt(LocalDate.of(2021, 1, 1)), 1e-12);
    }

    @Test
    void stepHoldsUntilTheNextPoint() {
        DatedCurve c = DatedCurve.parseCompact("step 2020-01-01=0.2 2020-01-11=0.4");
        assertEquals(0.2, c.valueAt(LocalDate.of(2020, 1, 10)), 1e-12);
        assertEquals(0.4, c.valueAt(LocalDate.of(2020, 1, 11)), 1e-12);
    }

    @Test
    void yamlFormsBind() {
        Scenario s = ScenarioLoader.parse("t", "supply:\n  fentanylShare:\n    interpolation: step\n    points:\n      2016-01-01: 0.3\n      2018-01-01: 0.6\n");
        assertEquals(0.3, s.supply().fentanylShare().valueAt(LocalDate.of(2017, 12, 31)), 1e-12);
        assertEquals(0.6, s.supply().fentanylShare().valueAt(LocalDate.of(2018, 1, 1)), 1e-12);
        Scenario constant = ScenarioLoader.parse("t", "supply:\n  fentanylShare: 0.25\n");
        assertEquals(0.25, constant.supply().fentanylShare().valueAt(LocalDate.of(2030, 1, 1)), 1e-12);
    }

    @Test
    void aValueFromADateKeepsEveryDayBeforeIt() {
        LocalDate start = LocalDate.of(2019, 12, 1);
        for (String text : new String[] {"linear 2020-01-01=0.2 2020-03-01=0.8", "step 2020-01-01=0.2 2020-03-01=0.8", "0.5"}) {
            DatedCurve c = DatedCurve.parseCompact(text);
            DatedCurve changed = c.withValueFrom(LocalDate.of(2020, 2, 1), 0.05);
            double[] before = c.daily(start, 120), after = changed.daily(start, 120);
            int from = (int) (LocalDate.of(2020, 2, 1).toEpochDay() - start.toEpochDay());
            for (int d = 0; d < 120; d++) assertEquals(d < from ? before[d] : 0.05, after[d], 1e-12, text + " day " + d);
        }
    }
}
