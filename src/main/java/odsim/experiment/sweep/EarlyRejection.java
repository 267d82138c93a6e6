package odsim.experiment.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import odsim.engine.OverdoseSim;
import odsim.results.RunResult;
import odsim.scenario.Scenario;

/**
 * Early rejection for a calibration sweep ({@code rejectBeyond}): a history is stopped at the end
 * of the first calendar year in which a fitted, ranged target is off by more than the threshold,
 * a share of its observed value. Such a history cannot be accepted (only targets whose range lies
 * within the threshold stop one; the others are judged at the end), and what it would have cost to finish is saved: a
 * calibration spends its time on the histories that can still agree. The years it did run are the
 * same, bit for bit, as those of the whole history (same seed, same days).
 */
final class EarlyRejection {
    /** A run's outcome: its result, whole or up to the end of {@code rejectedIn}; {@code rejectedIn} 0 and {@code target} null if whole. */
    record Outcome(RunResult result, int rejectedIn, Target target) {}

    private final Map<Integer, List<Target>> byYear = new TreeMap<>();
    private final double beyond;

    private EarlyRejection(List<Target> fitted, double beyond) {
        this.beyond = beyond;
        for (Target t : fitted) {
            if (t.stopsBeyond(beyond)) byYear.computeIfAbsent(Integer.parseInt(t.period()), y -> new ArrayList<>()).add(t);
        }
    }

    /** The sweep's early rejection, or null when it has none (every history runs to its end). */
    static EarlyRejection of(SweepFile file) {
        return file.rejectBeyond() == null ? null : new EarlyRejection(file.fitted(), file.rejectBeyond());
    }

    /** Runs replication {@code r} of {@code scenario} on one thread, stopping after a year whose target is out of reach. */
    Outcome run(Scenario scenario, int r) {
        long seed = OverdoseSim.replicationSeed(scenario.seed(), r);
        OverdoseSim sim = new OverdoseSim(scenario, seed, r, 1);
        LocalDate start = scenario.horizon().start();
        sim.start(); // and its warm-up
        Target missed = null;
        int year = 0;
        while (missed == null && sim.stepDay()) {
            LocalDate last = start.plusDays(sim.day() - 1);
            if (last.plusDays(1).getYear() == last.getYear() || !byYear.containsKey(last.getYear())) continue;
            year = last.getYear();
            RunResult sofar = new RunResult(scenario.name(), r, seed, start, scenario.population().regionPopulation(), sim.recorded());
            for (Target t : byYear.get(year)) {
                double model = RunRows.value(sofar, t.measure(), t.period());
                if (Math.abs(model - t.value()) > beyond * Math.abs(t.value())) {
                    missed = t;
                    break;
                }
            }
        }
        sim.finish();
        RunResult result = OverdoseSim.checked(scenario, sim.result());
        return missed == null ? new Outcome(result, 0, null) : new Outcome(result, year, missed);
    }
}
