package odsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import odsim.report.Charts;
import odsim.report.ComparisonResults;
import odsim.report.HeadlineTable;
import odsim.report.ReportCsv;
import odsim.report.ReportWriter;
import odsim.results.Comparison;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.Statistics;
import odsim.scenario.ComparisonFile;
import odsim.scenario.ComparisonLoader;
import odsim.scenario.Perspective;
import odsim.scenario.Scenario;
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

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        Period period = options.validate();
        ComparisonFile settings;
        Path baselineFile;
        List<Path> alternativeFiles;
        odsim.scenario.Horizon horizon = null;
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
            var parsed = spec.commandLine().getParseResult();
            if (!parsed.hasMatchedOption("--replications")) options.replications = settings.replications();
            if (options.agents == null && settings.agents() > 0) options.agents = settings.agents();
        } else {
            ComparisonFile d = ComparisonLoader.defaults();
            baselineFile = files.get(0);
            String name = baselineFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            settings = new ComparisonFile(name, d.question(), d.baseline(), d.alternatives(), d.replications(), d.agents(),
                    d.discountRate(), d.perspective(), d.horizon(), d.valuation());
            alternativeFiles = files.subList(1, files.size());
        }
        settings = override(settings);

        Scenario baseline = prepare(ScenarioLoader.load(baselineFile, options.overrides()), null, horizon);
        long seed = baseline.seed();
        List<Scenario> alternatives = new ArrayList<>();
        Set<String> names = new HashSet<>(List.of(baseline.name()));
        for (Path f : alternativeFiles) {
            Scenario s = prepare(ScenarioLoader.load(f, options.overrides()), seed, horizon);
            if (!names.add(s.name())) throw new UserError(f + ": scenario name '" + s.name() + "' is used twice in this comparison");
            if (!s.horizon().equals(baseline.horizon())) {
                throw new UserError(f + ": horizon " + s.horizon().describe() + " differs from the baseline's "
                        + baseline.horizon().describe() + "; paired comparisons need the same horizon");
            }
            alternatives.add(s);
        }
        String folder = files.size() == 1 ? settings.name() : baseline.name();
        Path dir = options.out != null ? options.out : ScenarioRunner.defaultFolder("compare-" + folder);

        long started = System.nanoTime();
        List<RunResult> base = ScenarioRunner.runInto(baseline, dir.resolve(safe(baseline.name())), options, period, baselineFile.toString());
        List<List<RunResult>> allRuns = new ArrayList<>(List.of(base));
        List<Comparison> comparisons = new ArrayList<>();
        for (int k = 0; k < alternatives.size(); k++) {
            Scenario s = alternatives.get(k);
            List<RunResult> runs = ScenarioRunner.runInto(s, dir.resolve(safe(s.name())), options, period, alternativeFiles.get(k).toString());
            comparisons.add(Comparison.of(base, runs));
            allRuns.add(runs);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Statistics baseDeaths = Statistics.of(base.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).toArray());
        Statistics baseCost = Statistics.of(base.stream().mapToDouble(r -> r.total(Measure.COST_TOTAL)).toArray());
        StringBuilder md = new StringBuilder();
        md.append(String.format("Overdose deaths and costs, %s, %d replications of %d agents (95%% CI of the mean in brackets):%n%n",
                baseline.horizon().describe(), options.replications, baseline.population().agents()));
        md.append(Comparison.markdownHeader()).append(Comparison.markdownBaseline(baseline.name(), baseDeaths, baseCost));
        List<String> csv = new ArrayList<>(List.of(Comparison.CSV_HEADER));
        for (Comparison c : comparisons) {
            md.append(c.markdownRow());
            csv.addAll(c.csvRows());
        }
        List<Scenario> scenarios = new ArrayList<>(List.of(baseline));
        scenarios.addAll(alternatives);
        Path report = dir.resolve("report.html");
        try {
            ComparisonResults results = ComparisonResults.of(settings, scenarios, allRuns);
            md.append(System.lineSeparator()).append(HeadlineTable.markdown(results));
            Files.writeString(dir.resolve("comparison.md"), md.toString(), StandardCharsets.UTF_8);
            Files.write(dir.resolve("comparison.csv"), csv, StandardCharsets.UTF_8);
            writeReport(results, dir, report);
        } catch (IOException e) {
            throw new UserError("cannot write " + dir + ": " + e.getMessage());
        }
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.print(md);
        console.printf("%nin %.1f s; results: %s%nreport: %s%n", seconds, dir, report);
        console.flush();
        return 0;
    }

    private static void writeReport(ComparisonResults results, Path dir, Path report) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        ReportCsv csv = new ReportCsv();
        List<Charts.Chart> charts = Charts.write(results, dir.resolve("charts"), csv);
        ReportWriter.write(results, charts, csv, report);
        csv.write(dir.resolve("report.csv"));
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
        return new ComparisonFile(s.name(), s.question(), s.baseline(), s.alternatives(), s.replications(), s.agents(), rate, p,
                s.horizon(), s.valuation());
    }

    /** Applies --seed, --agents and the comparison's horizon; alternatives take the baseline's seed for common random numbers. */
    private Scenario prepare(Scenario s, Long baselineSeed, odsim.scenario.Horizon horizon) {
        if (options.seed != null) s = s.withSeed(options.seed);
        else if (baselineSeed != null) s = s.withSeed(baselineSeed);
        if (options.agents != null) s = s.withAgents(options.agents);
        if (horizon != null) s = s.withHorizon(horizon);
        return s;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
