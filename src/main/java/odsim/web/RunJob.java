package odsim.web;

import java.io.IOException;
import java.nio.file.Files;
import odsim.engine.OverdoseSim;
import odsim.results.AtomicFile;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.SeriesWriter;
import odsim.scenario.ScenarioWriter;

/**
 * A browser's run: replication 0 of its scenario, stepped exactly as {@code odsim run} steps it
 * ({@link OverdoseSim#run}: the same seed, start, days and finish), with each month handed to the
 * page as it closes; then its {@code series.csv}, as {@code odsim run --replications 1} writes
 * it; then the baseline's band, computed unless another browser's run already did.
 */
final class RunJob extends Job {
    private final Bands bands;

    RunJob(LiveRun run, Bands bands) {
        super(run);
        this.bands = bands;
    }

    @Override
    String what() {
        return "your run";
    }

    @Override
    void execute() throws IOException {
        PreparedRun p = run.prepared;
        var scenario = p.scenario();
        int warmUpDays = scenario.horizon().warmUpDays();
        run.state(LiveRun.State.RUNNING, warmUpDays > 0 ? "warming up" : "running");
        OverdoseSim sim = new OverdoseSim(scenario, OverdoseSim.replicationSeed(scenario.seed(), 0), 0, 1);
        int[] lastYear = {-1};
        sim.setOnDayDone(day -> {
            if (stopped()) throw new Stopped();
            int year = warmUpDays == 0 ? 0 : (int) ((long) day * scenario.horizon().warmUpYears() / warmUpDays);
            if (day < warmUpDays && year != lastYear[0]) {
                lastYear[0] = year;
                run.phase(String.format("warming up: year %d of %d (not recorded)", year + 1, scenario.horizon().warmUpYears()));
            }
        });
        MonthlyFeed feed = new MonthlyFeed(scenario.horizon().start(), scenario.population().regionPopulation());
        try {
            sim.start();
            run.phase("running");
            int days = sim.days();
            boolean more = days > 0;
            while (more) {
                more = sim.stepDay();
                MonthPoint month = feed.afterDay(sim.recorded(), sim.day() - 1, days);
                if (month != null) run.addMonth(month);
            }
        } finally {
            // Also when stopped: the queue's thread lives on and must not keep this population reachable.
            sim.finish();
        }
        RunResult result = sim.result();
        String nonFinite = result.firstNonFinite();
        if (nonFinite != null) {
            throw new odsim.scenario.ScenarioException("scenario '" + scenario.name() + "': " + nonFinite
                    + ": a value is too large for the results to be numbers; check the values set near their limits");
        }
        Files.createDirectories(run.dir);
        AtomicFile.writeString(run.dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario,
                "Resolved by odsim serve: every parameter, seed included.\nReproduce: " + p.command()));
        try (SeriesWriter series = new SeriesWriter(run.dir.resolve("series.csv"), Period.MONTH)) {
            series.accept(result);
        }
        run.state(LiveRun.State.DONE, "done");
        run.band(null, "the baseline's band: " + bands.replications() + " replications of " + p.entry().scenario().name() + " as shipped...");
        bands.band(p.entry().id(), p.baseline(),
                done -> run.band(null, "the baseline's band: " + done + " of " + bands.replications() + " replications done"),
                (band, error) -> run.band(band, error == null ? "" : "the baseline's band failed: " + reason(error)));
    }

    @Override
    void dropped() {
        run.state(LiveRun.State.STOPPED, "stopped: you started another run");
    }
}
