package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The 1999 history repeats, from 2015 on, the dated inputs the baseline carries (a dated curve
 * cannot be overridden only before a date), so the two copies must agree day by day from 2015 to
 * the history's end: otherwise "what history changes after 2015" (docs/calibration.md) would
 * measure a drifted input instead of the population the history brings to 2015.
 */
class HistoryMatchesBaselineTest {
    @Test
    void everyDatedInputTheHistoryRepeatsEqualsTheBaselinesFrom2015() {
        Scenario history = ScenarioLoader.load(Path.of("scenarios/history/us-1999-2022.yaml"), List.of());
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of());
        Map<String, Function<Scenario, DatedCurve>> inputs = Map.of(
                "use.prescribingTrend", s -> s.use().prescribingTrend(),
                "use.pillSupplyTrend", s -> s.use().pillSupplyTrend(),
                "use.misuseTrend", s -> s.use().misuseTrend(),
                "use.escalationTrend", s -> s.use().escalationTrend(),
                "treatment.startsTrend", s -> s.treatment().startsTrend(),
                "supply.fentanylShare", s -> s.supply().fentanylShare(),
                "cascade.witnessHasNaloxone", s -> s.cascade().witnessHasNaloxone());
        LocalDate end = LocalDate.of(2022, 12, 31);
        for (var input : inputs.entrySet()) {
            DatedCurve h = input.getValue().apply(history), b = input.getValue().apply(baseline);
            for (LocalDate d = LocalDate.of(2015, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
                assertEquals(b.valueAt(d), h.valueAt(d), 1e-12, input.getKey() + " on " + d);
            }
        }
    }
}
