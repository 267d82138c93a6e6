package odsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import odsim.engine.SharedWarmUp;
import odsim.report.Charts;
import odsim.report.ComparisonResults;
import odsim.report.HeadlineTable;
import odsim.report.ReportCsv;
import odsim.report.ReportWriter;
import odsim.results.AtomicFile;
import odsim.results.Comparison;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.results.Statistics;
import odsim.results.Uncertainty;
import odsim.scenario.ComparisonFile;
import odsim.scenario.Ensemble;
import odsim.scenario.Horizon;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;

/**
 * A policy comparison, odsim's main job: a baseline and its alternatives run with common random
 * numbers (every scenario runs replication r with the same seed, the baseline's or one given, so
 * differences reflect the policies, not chance) over one horizon, then compared: deaths averted,
 * costs, and the report for policy staff.
 */
public final class PolicyComparison {
    /** A scenario and where it was read from (named in messages and in its resolved copy). */
    public record Input(Scenario scenario, String source) {}

    /**
     * Runs one scenario's replications into its folder and returns them: the caller's way (a
     * progress bar, a folder that keeps the replications finished if the run is stopped), each
     * replication starting from {@code warmUp}'s (the warm-up the comparison's scenarios share),
     * run r under {@code ensemble}'s parameter set for r if there is an ensemble ({@link Replications}).
     */
    @FunctionalInterface
    public interface ScenarioRuns {
        List<RunResult> run(Scenario scenario, Path folder, String source, SharedWarmUp warmUp, Ensemble ensemble);
    }

    /** What a comparison wrote: the console's summary (Markdown), the report, the time the runs took. */
    public record Outcome(String summary, Path report, double seconds) {}

    private final ComparisonFile settings;
    /** The baseline first, then the alternatives, as prepared. */
    private final List<Input> inputs;
    /** The calibrated parameter sets every scenario runs under, or null: each scenario's own parameters. */
    private final Ensemble ensemble;

    private PolicyComparison(ComparisonFile settings, List<Input> inputs, Ensemble ensemble) {
        this.settings = settings;
        this.inputs = inputs;
        this.ensemble = ensemble;
    }

    /**
     * Prepares a comparison: every scenario takes {@code seed} (or, if null, the baseline's) for
     * common random numbers, {@code agents} if not null, and {@code horizon} if not null. Names
     * must differ, also as folder names, and horizons must be the baseline's. With an
     * {@code ensemble} (null: none), every scenario runs under each of its parameter sets.
     *
     * @throws ScenarioException naming the file at fault
     */
    public static PolicyComparison of(ComparisonFile settings, Input baseline, List<Input> alternatives, Long seed, Integer agents,
                                      Horizon horizon, Ensemble ensemble) {
        Scenario base = prepare(baseline.scenario(), seed != null ? seed : baseline.scenario().seed(), agents, horizon);
        List<Input> inputs = new ArrayList<>(List.of(new Input(base, baseline.source())));
        Set<String> names = new HashSet<>(List.of(base.name())), folders = new HashSet<>(List.of(folderName(base.name())));
        for (Input in : alternatives) {
            Scenario s = prepare(in.scenario(), base.seed(), agents, horizon);
            if (!names.add(s.name())) {
                throw new ScenarioException(in.source() + ": scenario name '" + s.name() + "' is used twice in this comparison");
            }
            if (!folders.add(folderName(s.name()))) {
                throw new ScenarioException(in.source() + ": scenario name '" + s.name() + "' would share the results folder '"
                        + folderName(s.name()) + "' with another scenario of this comparison; rename one");
            }
            if (!s.horizon().equals(base.horizon())) {
                throw new ScenarioException(in.source() + ": horizon " + s.horizon().describe() + " differs from the baseline's "
                        + base.horizon().describe() + "; paired comparisons need the same horizon");
            }
            if (base.horizon().warmUpYears() > 0 && !s.population().equals(base.population())) {
                throw new ScenarioException(in.source() + ": its population section differs from the baseline's; with a warm-up ("
                        + "horizon.warmUpYears " + base.horizon().warmUpYears() + ") every scenario compared starts from the population"
                        + " the baseline's warm-up left, so only policies and parameters that act from the start may differ");
            }
            if (ensemble != null) {
                // The ensemble sets its parameters in every scenario: an alternative's own value there would be silently replaced.
                for (String path : ensemble.paths()) {
                    if (!java.util.Objects.equals(s.valueAt(path), base.valueAt(path))) {
                        throw new ScenarioException(in.source() + ": sets " + path + " to " + s.valueAt(path) + ", the baseline to "
                                + base.valueAt(path) + "; the ensemble " + ensemble.file() + " sets " + path + " in every scenario, so "
                                + "an alternative cannot differ there; compare without the ensemble, or leave the parameter to it");
                    }
                }
            }
            inputs.add(new Input(s, in.source()));
        }
        return new PolicyComparison(settings, inputs, ensemble);
    }

    private static Scenario prepare(Scenario s, long seed, Integer agents, Horizon horizon) {
        s = s.withSeed(seed);
        if (agents != null) s = s.withAgents(agents);
        if (horizon != null) s = s.withHorizon(horizon);
        return s;
    }

    /** A scenario's results folder within the comparison's: its name, with characters unsafe in a file name replaced. */
    public static String folderName(String scenarioName) {
        return scenarioName.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public Scenario baseline() {
        return inputs.get(0).scenario();
    }

    /** The calibrated parameter sets every scenario runs under, or null. */
    public Ensemble ensemble() {
        return ensemble;
    }

    /**
     * Runs every scenario into its folder under {@code dir}, then compares them and writes
     * {@code comparison.md}, {@code comparison.csv}, {@code report.html}, {@code report.csv} and
     * {@code charts/}. {@code replications} counts the runs of each scenario: over an ensemble of K
     * sets, K x R gives each set R replications.
     */
    public Outcome runInto(Path dir, int replications, ScenarioRuns runs) throws IOException {
        long started = System.nanoTime();
        List<List<RunResult>> allRuns = new ArrayList<>();
        // One warm-up per replication, the baseline's (under the replication's parameter set), for every scenario.
        Scenario base0 = baseline();
        SharedWarmUp warmUp = ensemble == null ? new SharedWarmUp(base0) : new SharedWarmUp(base0, r -> ensemble.scenarioFor(base0, r));
        for (Input in : inputs) {
            allRuns.add(runs.run(in.scenario(), dir.resolve(folderName(in.scenario().name())), in.source(), warmUp, ensemble));
        }
        Uncertainty uncertainty = ensemble == null ? Uncertainty.CHANCE : Uncertainty.ENSEMBLE;
        double seconds = (System.nanoTime() - started) / 1e9;

        List<RunResult> base = allRuns.get(0);
        Scenario baseline = baseline();
        Statistics baseDeaths = uncertainty.of(base.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).toArray());
        Statistics baseCost = uncertainty.of(base.stream().mapToDouble(r -> r.total(Measure.COST_TOTAL)).toArray());
        StringBuilder md = new StringBuilder();
        if (ensemble == null) {
            md.append(String.format("Overdose deaths and costs, %s, %s of %d agents (95%% CI of the mean in brackets):%n%n",
                    baseline.horizon().describe(), odsim.results.Words.count(replications, "replication"), baseline.population().agents()));
        } else {
            md.append(String.format("Overdose deaths and costs, %s, %s of %d agents over the %d parameter sets of %s "
                            + "(95%% uncertainty interval, parameters and chance, in brackets):%n%n",
                    baseline.horizon().describe(), odsim.results.Words.count(replications, "run"), baseline.population().agents(),
                    ensemble.size(), ensemble.file().getFileName()));
        }
        md.append(Comparison.markdownHeader()).append(Comparison.markdownBaseline(baseline.name(), baseDeaths, baseCost));
        List<String> csv = new ArrayList<>(List.of(Comparison.CSV_HEADER));
        for (List<RunResult> alternative : allRuns.subList(1, allRuns.size())) {
            Comparison c = Comparison.of(base, alternative, uncertainty);
            md.append(c.markdownRow());
            csv.addAll(c.csvRows());
        }
        List<Scenario> scenarios = inputs.stream().map(Input::scenario).toList();
        ComparisonResults results = ComparisonResults.of(settings, scenarios, allRuns, ensemble);
        md.append(System.lineSeparator()).append(HeadlineTable.markdown(results));
        AtomicFile.writeString(dir.resolve("comparison.md"), md.toString());
        AtomicFile.writeLines(dir.resolve("comparison.csv"), csv);
        Path report = dir.resolve("report.html");
        writeReport(results, dir, report);
        return new Outcome(md.toString(), report, seconds);
    }

    private static void writeReport(ComparisonResults results, Path dir, Path report) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        ReportCsv csv = new ReportCsv(results.uncertainty());
        List<Charts.Chart> charts = Charts.write(results, dir.resolve("charts"), csv);
        ReportWriter.write(results, charts, csv, report);
        csv.write(dir.resolve("report.csv"));
    }
}
