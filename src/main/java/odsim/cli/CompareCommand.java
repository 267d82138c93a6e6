package odsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.experiment.PolicyComparison;
import odsim.results.Period;
import odsim.scenario.ComparisonFile;
import odsim.scenario.ComparisonLoader;
import odsim.scenario.Ensemble;
import odsim.scenario.Perspective;
import odsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Compare policies against a baseline; write report.html.",
        description = {
            "Compare alternatives against a baseline with common random numbers: every",
            "scenario runs replication r with the same seed (the baseline's, or --seed),",
            "so differences reflect the policies, not noise.",
            "Give either one comparison file (YAML with a top-level 'baseline:' key, and",
            "alternatives, replications, agents, discountRate, perspective, valuation;",
            "see scenarios/comparisons/main.yaml and scenarios/README.md), or scenario",
            "files: BASELINE ALTERNATIVE... Options given on the command line override",
            "the comparison file's settings.",
            "Writes one folder per scenario (as 'run' does) and",
            "  report.html     the report for policy staff: question, scenarios, headline",
            "                  table with 95%% intervals, ranking, frontier, costs,",
            "                  charts, assumptions, sources (one self-contained file:",
            "                  inline SVG, no scripts, no network)",
            "  report.csv      every number in the report, charts included",
            "  charts/         each chart as PNG and SVG",
            "  comparison.csv  per alternative: deaths, deaths averted, cost, net cost",
            "                  (undiscounted), each with the 95%% CI of its mean",
            "  comparison.md   the same as a table, and the report's headline table",
            ""})
final class CompareCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "A comparison file, or the baseline scenario file followed by the alternatives")
    List<Path> files;

    @Option(names = "--discount-rate", paramLabel = "R",
            description = "Annual discount rate for costs and QALYs (default: the comparison file's, else 0.03)")
    Double discountRate;

    @Option(names = "--perspective", paramLabel = "P",
            description = "Whose costs count: health_system, criminal_justice, government, societal (default: the file's, else government)")
    String perspective;

    @Option(names = "--ensemble", paramLabel = "FILE",
            description = {"Run every scenario under each parameter set of this ensemble (a calibration's ensemble.csv:",
                "a column 'set', then one column per parameter path); --replications then counts replications",
                "per set, and intervals hold the parameters' uncertainty as well as chance (default: the",
                "comparison file's 'ensemble', else none)"})
    Path ensemble;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        Period period = options.validate();
        ComparisonFile settings;
        Path baselineFile;
        List<Path> alternativeFiles;
        odsim.scenario.Horizon horizon = null;
        Path ensembleFile = null;
        if (files.size() == 1) {
            if (!ComparisonLoader.isComparisonFile(files.get(0))) {
                ScenarioLoader.load(files.get(0)); // a broken file: report its problems
                throw new UserError(files.get(0) + ": a scenario file alone compares with nothing; give alternatives "
                        + "after it, or a comparison file (a top-level 'baseline:' key)");
            }
            ComparisonLoader.Plan plan = ComparisonLoader.load(files.get(0));
            settings = plan.settings();
            baselineFile = plan.baseline();
            alternativeFiles = plan.alternatives();
            horizon = plan.horizonOverride();
            ensembleFile = plan.ensemble();
            var parsed = spec.commandLine().getParseResult();
            if (!parsed.hasMatchedOption("--replications")) options.replications = settings.replications();
            if (options.agents == null && settings.agents() > 0) options.agents = settings.agents();
        } else {
            ComparisonFile d = ComparisonLoader.defaults();
            baselineFile = files.get(0);
            String name = baselineFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            settings = new ComparisonFile(name, d.question(), d.baseline(), d.alternatives(), d.ensemble(), d.replications(), d.agents(),
                    d.discountRate(), d.perspective(), d.horizon(), d.valuation());
            alternativeFiles = files.subList(1, files.size());
        }
        settings = override(settings);

        PolicyComparison.Input baseline = new PolicyComparison.Input(ScenarioLoader.load(baselineFile, options.overrides()),
                baselineFile.toString());
        List<PolicyComparison.Input> alternatives = new ArrayList<>();
        for (Path f : alternativeFiles) {
            alternatives.add(new PolicyComparison.Input(ScenarioLoader.load(f, options.overrides()), f.toString()));
        }
        if (ensemble != null) ensembleFile = ensemble;
        // Checked against the baseline as given, so a path the scenarios do not have, or a value out of range, names its cell.
        Ensemble sets = ensembleFile == null ? null : Ensemble.read(ensembleFile, baseline.scenario());
        PolicyComparison comparison = PolicyComparison.of(settings, baseline, alternatives, options.seed, options.agents, horizon, sets);
        if (sets != null) options.replications *= sets.size();
        String folder = files.size() == 1 ? settings.name() : comparison.baseline().name();
        PolicyComparison.Outcome outcome;
        ResultsFolder.Claim claim = options.claimOutput("compare-" + folder);
        Path dir = claim.dir();
        try (claim) {
            outcome = comparison.runInto(dir, options.replications,
                    (scenario, folderOf, source, warmUp, under) -> ScenarioRunner.runInto(scenario, folderOf, options, period, source, warmUp, under));
            ResultsFolder.seal(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            String reason = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new MachineError("cannot write the comparison in " + dir + ": " + reason
                    + "; each scenario's folder keeps its finished replications; free space (or choose another --out) and run again");
        }
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.print(outcome.summary());
        console.printf("%nin %.1f s; results: %s%nreport: %s%n", outcome.seconds(), dir, outcome.report());
        console.flush();
        return 0;
    }

    /** The command line's --discount-rate and --perspective over the file's settings. */
    private ComparisonFile override(ComparisonFile s) {
        double rate = s.discountRate();
        if (discountRate != null) {
            if (!(discountRate >= 0 && discountRate <= 0.2)) throw new UserError("--discount-rate: found " + discountRate + "; allowed 0 to 0.2");
            rate = discountRate;
        }
        Perspective p = s.perspective();
        if (perspective != null) {
            p = null;
            for (Perspective x : Perspective.ALL) if (x.label().equals(perspective.trim().toLowerCase(java.util.Locale.ROOT))) p = x;
            if (p == null) throw new UserError("--perspective: found '" + perspective + "'; allowed health_system, criminal_justice, government, societal");
        }
        return new ComparisonFile(s.name(), s.question(), s.baseline(), s.alternatives(), s.ensemble(), s.replications(), s.agents(), rate, p,
                s.horizon(), s.valuation());
    }
}
