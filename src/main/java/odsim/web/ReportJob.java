package odsim.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import odsim.experiment.PolicyComparison;
import odsim.experiment.Replications;
import odsim.results.AtomicFile;
import odsim.results.Period;
import odsim.results.RatesWriter;
import odsim.results.RunResult;
import odsim.results.SeriesWriter;
import odsim.results.SummaryWriter;
import odsim.scenario.ComparisonFile;
import odsim.scenario.ComparisonLoader;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioWriter;

/**
 * The report for a browser's run: {@code odsim compare} of the scenario as shipped against the
 * scenario with the levers moved, at the run's size, horizon and seed, with the server's number
 * of paired replications, written into the run's own folder ({@code report/report.html}).
 */
final class ReportJob extends Job {
    /** The alternative's name in the report: the scenario's, marked as the browser's. */
    static final String YOURS = " with your levers";
    private final int replications;

    ReportJob(LiveRun run, int replications) {
        super(run);
        this.replications = replications;
    }

    @Override
    String what() {
        return "your report";
    }

    static Path folder(LiveRun run) {
        return run.dir.resolve("report");
    }

    @Override
    void execute() throws Exception {
        PreparedRun p = run.prepared;
        Scenario baseline = p.baseline();
        Scenario yours = p.scenario().withName(baseline.name() + YOURS);
        ComparisonFile d = ComparisonLoader.defaults();
        ComparisonFile settings = new ComparisonFile(baseline.name() + "-and-yours", "What do your levers change in " + baseline.name() + "?",
                d.baseline(), d.alternatives(), d.ensemble(), replications, p.agents(), d.discountRate(), d.perspective(), d.horizon(), d.valuation());
        PolicyComparison comparison = PolicyComparison.of(settings, new PolicyComparison.Input(baseline, p.entry().file()),
                List.of(new PolicyComparison.Input(yours, "the browser's levers: " + String.join(" ", p.sets()))), p.seed(), p.agents(), null, null);
        Path dir = folder(run);
        Files.createDirectories(dir);
        int[] done = {0};
        int total = 2 * replications;
        run.report(false, "comparing: 0 of " + total + " replications done");
        comparison.runInto(dir, replications, (scenario, folder, source, warmUp, ensemble) -> {
            try {
                Files.createDirectories(folder);
                AtomicFile.writeString(folder.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario, "Resolved by odsim serve from " + source + "\n"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<RunResult> runs;
            try (SeriesWriter series = new SeriesWriter(folder.resolve("series.csv"), Period.MONTH)) {
                runs = Replications.run(scenario, replications, 1, r -> {
                    series.accept(r);
                    run.report(false, "comparing: " + ++done[0] + " of " + total + " replications done");
                }, day -> {
                    if (stopped()) throw new Stopped();
                }, warmUp, ensemble);
            }
            SummaryWriter.write(folder.resolve("summary.csv"), runs);
            RatesWriter.write(folder.resolve("rates.csv"), runs);
            return runs;
        });
        run.report(true, "");
    }

    @Override
    void dropped() {
        run.report(false, "");
    }

    @Override
    void failed(Throwable e) {
        run.report(false, "the report failed: " + reason(e));
    }
}
