package odsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.Statistics;
import odsim.results.Uncertainty;
import odsim.scenario.Ensemble;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run replications of one scenario into a results folder.",
        description = {
            "Run replications of one scenario and write its results folder:",
            "  series.csv     scenario, replication, date, measure, value",
            "                 (one row per period, replication and measure)",
            "  summary.csv    per measure, year and 'total': mean over replications,",
            "                 95%% CI of the mean, 2.5th and 97.5th percentiles",
            "  rates.csv      overdose deaths per 1,000 person-years by use state (per",
            "                 year) and by days since release from custody, discharge",
            "                 from rehab, leaving or starting treatment; 95%% CI",
            "  scenario.yaml  the resolved scenario: every parameter and the seed;",
            "                 running it again reproduces the results",
            ""})
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @picocli.CommandLine.Option(names = "--ensemble", paramLabel = "FILE",
            description = {"Run under each parameter set of this ensemble (a calibration's ensemble.csv): run r uses",
                "set r mod K; --replications counts replications per set, and the interval printed",
                "holds the parameters' uncertainty as well as chance"})
    Path ensemble;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        Period period = options.validate();
        Scenario scenario = ScenarioLoader.load(scenarioFile, options.overrides());
        if (options.seed != null) scenario = scenario.withSeed(options.seed);
        if (options.agents != null) scenario = scenario.withAgents(options.agents);
        Ensemble sets = ensemble == null ? null : Ensemble.read(ensemble, scenario);
        if (sets != null) options.replications *= sets.size();
        Path dir;
        long started = System.nanoTime();
        List<RunResult> runs;
        try (ResultsFolder.Claim claim = options.claimOutput(scenario.name())) {
            dir = claim.dir();
            runs = ScenarioRunner.runInto(scenario, dir, options, period, scenarioFile.toString(), null, sets);
            ResultsFolder.seal(dir);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Uncertainty uncertainty = sets == null ? Uncertainty.CHANCE : Uncertainty.ENSEMBLE;
        Statistics deaths = uncertainty.of(runs.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).toArray());
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.printf("%s: %s of %d agents%s, %s, in %.1f s%n", scenario.name(),
                odsim.results.Words.count(options.replications, sets == null ? "replication" : "run"), scenario.population().agents(),
                sets == null ? "" : " over the " + sets.size() + " parameter sets of " + sets.file().getFileName(),
                scenario.horizon().describe(), seconds);
        console.printf("overdose deaths over the horizon: %.0f (%s %s)%n", deaths.mean(),
                sets == null ? "95% CI of the mean" : "95% uncertainty interval, parameters and chance,",
                Double.isNaN(deaths.lower95()) ? "needs 2+ replications" : String.format("%.0f to %.0f", deaths.lower95(), deaths.upper95()));
        console.println("results: " + dir);
        console.flush();
        return 0;
    }
}
