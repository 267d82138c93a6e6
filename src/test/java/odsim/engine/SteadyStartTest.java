package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.YNode;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline starts from the population its flows keep: with the supply held at its
 * 2015 level ({@code baseline-no-fentanyl-spread.yaml}) and prescribing and treatment too (the
 * baseline's history after 2015 set back to 1), the share of the population at risk in each use
 * state stays within a tenth of where it starts through the decade. (From the shares as given,
 * without a warm-up, remission grew fourfold and misuse of pills fell by a third.)
 */
class SteadyStartTest {
    private static final List<Measure> STATES = List.of(Measure.PEOPLE_NO_USE, Measure.PEOPLE_PRESCRIBED, Measure.PEOPLE_NONMEDICAL,
            Measure.PEOPLE_STREET, Measure.PEOPLE_REMISSION);

    /** The baseline without fentanyl's spread, and with every other dated input held at its 2015 value. */
    private static Scenario everythingHeld() {
        List<ParameterOverride> held = new java.util.ArrayList<>();
        for (String trend : List.of("use.prescribingTrend", "use.pillSupplyTrend", "use.misuseTrend", "treatment.startsTrend")) {
            held.add(new ParameterOverride(trend, new YNode.Scalar("1", null), null));
        }
        return ScenarioLoader.change(ScenarioLoader.load(Path.of("scenarios/baseline-no-fentanyl-spread.yaml")), held).withAgents(20_000);
    }

    @Test
    void sharesByStateHoldThroughTheHorizon() {
        Scenario held = everythingHeld();
        assertTrue(held.horizon().warmUpYears() > 0, "the shipped baseline has a warm-up");
        RunResult r = OverdoseSim.run(held, 0, 2, null);
        StringBuilder drift = new StringBuilder();
        for (Measure m : STATES) {
            double first = share(r, m, 0, 365), last = share(r, m, r.days() - 365, r.days());
            if (Math.abs(last / first - 1) > 0.10) drift.append(m.label()).append(": ").append(first).append(" to ").append(last).append('\n');
        }
        assertTrue(drift.length() == 0, "shares that drift:\n" + drift);
    }

    @Test
    void withoutTheWarmUpTheSameSharesStillDrift() {
        // What the test above would miss if the shares were right by luck: the warm-up settles
        // more than shares (tolerance, time in state, who has used street opioids).
        Scenario cold = everythingHeld()
                .withHorizon(new odsim.scenario.Horizon(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2025, 12, 31), 0));
        RunResult r = OverdoseSim.run(cold, 0, 2, null);
        double first = share(r, Measure.PEOPLE_STREET, 0, 365), last = share(r, Measure.PEOPLE_STREET, r.days() - 365, r.days());
        assertTrue(Math.abs(last / first - 1) > 0.10, "street use from " + first + " to " + last);
    }

    /** Mean share of the people alive in state {@code m} over days {@code from} to {@code to}. */
    private static double share(RunResult r, Measure m, int from, int to) {
        double in = 0, all = 0;
        for (int d = from; d < to; d++) {
            in += r.series(m)[d];
            for (odsim.model.UseState s : odsim.model.UseState.ALIVE) all += r.series(Measure.peopleIn(s))[d];
        }
        return in / all;
    }
}
