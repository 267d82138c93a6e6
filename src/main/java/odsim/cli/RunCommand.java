package odsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import odsim.experiment.Replications;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.SeriesWriter;
import odsim.results.Statistics;
import odsim.results.SummaryWriter;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run replications of one scenario and write its results folder:",
            "  series.csv     scenario, replication, date, measure, value",
            "                 (one row per period, replication and measure)",
            "  summary.csv    per measure, year and 'total': mean over replications,",
            "                 95%% CI of the mean, 2.5th and 97.5th percentiles",
            "  scenario.yaml  the resolved scenario: every parameter and the seed;",
            "                 running it again reproduces the results",
            ""})
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "10",
            description = "Replications, each with its own seed derived from --seed (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED",
            description = "Seed of the run; overrides the scenario's 'seed' (default: the scenario's)")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Threads to use; results are identical for any value (default: all cores)")
    Integer threads;

    @Option(names = {"-n", "--agents"}, paramLabel = "N",
            description = "Simulate N agents instead of the scenario's; each then stands for proportionally more people")
    Integer agents;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Results folder (default: results/<scenario>-<timestamp>)")
    Path out;

    @Option(names = {"-p", "--period"}, paramLabel = "P", defaultValue = "month",
            description = "Resolution of series.csv: day, week, month or year (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        if (replications < 1 || replications > 100_000) throw new UserError("--replications: found " + replications + "; allowed 1 to 100000");
        if (threads != null && (threads < 1 || threads > 1024)) throw new UserError("--threads: found " + threads + "; allowed 1 to 1024");
        if (agents != null && (agents < 1 || agents > 50_000_000)) throw new UserError("--agents: found " + agents + "; allowed 1 to 50000000");
        if (seed != null && seed < 0) throw new UserError("--seed: found " + seed + "; allowed a whole number >= 0");
        Period resolution = parsePeriod(period);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (seed != null) scenario = scenario.withSeed(seed);
        if (agents != null) scenario = scenario.withAgents(agents);
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();

        Path dir = out != null ? out : defaultFolder(scenario.name());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario,
                    "Resolved by odsim 0.1.0 from " + scenarioFile + ": every parameter, seed included.\n"
                            + "Reproduce: odsim run " + dir.resolve("scenario.yaml") + " --replications " + replications
                            + " --period " + resolution.label()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write results folder " + dir + ": " + e.getMessage());
        }

        long totalDays = (long) replications * scenario.horizon().days();
        List<RunResult> runs;
        long started = System.nanoTime();
        // If the run is stopped (Ctrl-C), summarise the replications that finished.
        List<RunResult> finished = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread onStop = new Thread(() -> {
            List<RunResult> done;
            synchronized (finished) {
                done = new java.util.ArrayList<>(finished);
            }
            done.sort(java.util.Comparator.comparingInt(RunResult::replication));
            SummaryWriter.write(dir.resolve("summary.csv"), done);
            System.err.printf("%nodsim: stopped; %d of %d replications finished and written to %s%n", done.size(), replications, dir);
        }, "odsim-on-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try (SeriesWriter series = new SeriesWriter(dir.resolve("series.csv"), resolution);
             ProgressBar bar = quiet ? null : new ProgressBarBuilder()
                     .setTaskName(scenario.name())
                     .setInitialMax(totalDays)
                     .setUnit(" days", 1)
                     .setStyle(ProgressBarStyle.ASCII)
                     .setUpdateIntervalMillis(500)
                     .continuousUpdate()
                     .build()) {
            runs = Replications.run(scenario, replications, t, run -> {
                series.accept(run);
                finished.add(run);
            }, bar == null ? null : day -> bar.step());
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write results in " + dir + ": " + e.getCause().getMessage());
        }
        SummaryWriter.write(dir.resolve("summary.csv"), runs);
        Runtime.getRuntime().removeShutdownHook(onStop);
        double seconds = (System.nanoTime() - started) / 1e9;

        Statistics deaths = Statistics.of(runs.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).toArray());
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.printf("%s: %d replications of %d agents, %s to %s, in %.1f s%n", scenario.name(), replications,
                scenario.population().agents(), scenario.horizon().start(), scenario.horizon().end(), seconds);
        console.printf("overdose deaths over the horizon: %.0f (95%% CI of the mean %s)%n", deaths.mean(),
                Double.isNaN(deaths.lower95()) ? "needs 2+ replications" : String.format("%.0f to %.0f", deaths.lower95(), deaths.upper95()));
        console.println("results: " + dir);
        console.flush();
        return 0;
    }

    private static Period parsePeriod(String text) {
        for (Period p : Period.values()) if (p.label().equals(text)) return p;
        throw new UserError("--period: found '" + text + "'; allowed day, week, month, year");
    }

    private static Path defaultFolder(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of("results", safe + "-" + stamp);
        for (int k = 2; Files.exists(dir); k++) dir = Path.of("results", safe + "-" + stamp + "-" + k);
        return dir;
    }
}
