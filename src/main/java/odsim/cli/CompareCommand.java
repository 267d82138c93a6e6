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
import odsim.results.Comparison;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.Statistics;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Compare alternatives against a baseline with common random numbers: every scenario",
            "runs replication r with the same seed (the baseline's, or --seed), so differences",
            "reflect the policies, not noise. Writes one folder per scenario (as 'run' does) and",
            "  comparison.csv  per alternative: deaths, deaths averted, cost, net cost, each with",
            "                  the 95%% CI of its mean over paired replications; cost per death averted",
            "  comparison.md   the same as a table",
            ""})
final class CompareCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline scenario file")
    Path baselineFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALTERNATIVE", description = "Scenario files to compare with it")
    List<Path> alternativeFiles;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        Period period = options.validate();
        Scenario baseline = prepare(ScenarioLoader.load(baselineFile), null);
        long seed = baseline.seed();
        List<Scenario> alternatives = new ArrayList<>();
        Set<String> names = new HashSet<>(List.of(baseline.name()));
        for (Path f : alternativeFiles) {
            Scenario s = prepare(ScenarioLoader.load(f), seed);
            if (!names.add(s.name())) throw new UserError(f + ": scenario name '" + s.name() + "' is used twice in this comparison");
            alternatives.add(s);
        }
        Path dir = options.out != null ? options.out : ScenarioRunner.defaultFolder("compare-" + baseline.name());

        long started = System.nanoTime();
        List<RunResult> base = ScenarioRunner.runInto(baseline, dir.resolve(safe(baseline.name())), options, period, baselineFile.toString());
        List<Comparison> comparisons = new ArrayList<>();
        for (int k = 0; k < alternatives.size(); k++) {
            Scenario s = alternatives.get(k);
            List<RunResult> runs = ScenarioRunner.runInto(s, dir.resolve(safe(s.name())), options, period, alternativeFiles.get(k).toString());
            comparisons.add(Comparison.of(base, runs));
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Statistics baseDeaths = Statistics.of(base.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).toArray());
        Statistics baseCost = Statistics.of(base.stream().mapToDouble(r -> r.total(Measure.COST_TOTAL)).toArray());
        StringBuilder md = new StringBuilder();
        md.append(String.format("Overdose deaths and costs, %s to %s, %d replications of %d agents (95%% CI of the mean in brackets):%n%n",
                baseline.horizon().start(), baseline.horizon().end(), options.replications, baseline.population().agents()));
        md.append(Comparison.markdownHeader()).append(Comparison.markdownBaseline(baseline.name(), baseDeaths, baseCost));
        List<String> csv = new ArrayList<>(List.of(Comparison.CSV_HEADER));
        for (Comparison c : comparisons) {
            md.append(c.markdownRow());
            csv.addAll(c.csvRows());
        }
        try {
            Files.writeString(dir.resolve("comparison.md"), md.toString(), StandardCharsets.UTF_8);
            Files.write(dir.resolve("comparison.csv"), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + dir + ": " + e.getMessage());
        }
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.print(md);
        console.printf("%nin %.1f s; results: %s%n", seconds, dir);
        console.flush();
        return 0;
    }

    /** Applies --seed and --agents; alternatives take the baseline's seed for common random numbers. */
    private Scenario prepare(Scenario s, Long baselineSeed) {
        if (options.seed != null) s = s.withSeed(options.seed);
        else if (baselineSeed != null) s = s.withSeed(baselineSeed);
        if (options.agents != null) s = s.withAgents(options.agents);
        return s;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
