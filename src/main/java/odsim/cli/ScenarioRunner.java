package odsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import odsim.engine.SharedWarmUp;
import odsim.scenario.Ensemble;
import odsim.experiment.Replications;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.SeriesWriter;
import odsim.results.SummaryWriter;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioWriter;

/**
 * Runs the replications of one scenario into a results folder: the resolved scenario first, then
 * {@code series.csv} as replications finish, then {@code summary.csv} and {@code rates.csv}. If
 * the process is stopped, the replications already finished keep their rows and get a summary.
 */
final class ScenarioRunner {
    /** The copy of the ensemble a folder's runs used. */
    static final String ENSEMBLE = "ensemble.csv";

    private ScenarioRunner() {}

    static List<RunResult> runInto(Scenario scenario, Path dir, RunOptions options, Period period, String from) {
        return runInto(scenario, dir, options, period, from, null, null);
    }

    /**
     * {@link #runInto(Scenario, Path, RunOptions, Period, String)} from a comparison's shared
     * warm-up (null: each its own), run r under {@code ensemble}'s parameter set for r (null:
     * none), whose file is then copied beside the resolved scenario as {@code ensemble.csv}.
     */
    static List<RunResult> runInto(Scenario scenario, Path dir, RunOptions options, Period period, String from, SharedWarmUp warmUp,
                                   Ensemble ensemble) {
        int replications = options.replications;
        try {
            Files.createDirectories(dir);
            if (ensemble != null) odsim.results.AtomicFile.writeString(dir.resolve(ENSEMBLE), Files.readString(ensemble.file()));
            odsim.results.AtomicFile.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario,
                    "Resolved by odsim 0.1.0 from " + from + ": every parameter, seed included"
                            + (ensemble == null ? ".\n" : "; run r sets the parameters of row r mod " + ensemble.size() + " of "
                            + ENSEMBLE + " beside it (" + ensemble.file() + ").\n")
                            + "Reproduce: " + reproduce(scenario, dir, warmUp) + " --replications "
                            + (ensemble == null ? replications + "" : replications / ensemble.size() + " --ensemble " + dir.resolve(ENSEMBLE))
                            + " --period " + period.label()));
        } catch (IOException e) {
            throw new UserError("cannot write results folder " + dir + ": " + e.getMessage());
        }
        List<RunResult> finished = Collections.synchronizedList(new ArrayList<>());
        Thread onStop = new Thread(() -> {
            List<RunResult> done;
            synchronized (finished) {
                done = new ArrayList<>(finished);
            }
            done.sort(Comparator.comparingInt(RunResult::replication));
            String summary = keepSummary(dir, done);
            System.err.printf("%nodsim: stopped; %d of %d replications of %s finished and written to %s%s%n",
                    done.size(), replications, scenario.name(), dir, summary);
        }, "odsim-on-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        List<RunResult> runs;
        // A shared warm-up is stepped by the scenario it is warmed up under, which runs first.
        boolean stepsWarmUp = warmUp == null || warmUp.baseline() == scenario;
        try (SeriesWriter series = new SeriesWriter(dir.resolve("series.csv"), period);
             ProgressBar bar = options.quiet || !RunOptions.onTerminal() ? null : new ProgressBarBuilder()
                     .setTaskName(scenario.name())
                     .setInitialMax((long) replications * (stepsWarmUp ? scenario.horizon().warmUpDays() + scenario.horizon().days()
                             : scenario.horizon().days()))
                     .setUnit(" days", 1)
                     .setStyle(ProgressBarStyle.ASCII)
                     .setUpdateIntervalMillis(500)
                     .continuousUpdate()
                     .build()) {
            runs = Replications.run(scenario, replications, options.threadCount(), run -> {
                series.accept(run);
                finished.add(run);
            }, bar == null ? null : day -> bar.step(), warmUp, ensemble);
        } catch (UncheckedIOException e) {
            Runtime.getRuntime().removeShutdownHook(onStop);
            List<RunResult> done;
            synchronized (finished) {
                done = new ArrayList<>(finished);
            }
            done.sort(Comparator.comparingInt(RunResult::replication));
            String summary = keepSummary(dir, done);
            throw new MachineError("cannot write results in " + dir + ": " + e.getCause().getMessage() + "; series.csv keeps the "
                    + done.size() + " replications finished before" + summary + "; free space (or choose another --out) and run again");
        }
        Runtime.getRuntime().removeShutdownHook(onStop);
        try {
            SummaryWriter.write(dir.resolve("summary.csv"), runs);
            odsim.results.RatesWriter.write(dir.resolve("rates.csv"), runs);
        } catch (UncheckedIOException e) {
            throw new MachineError("cannot write " + dir.resolve("summary.csv") + " or rates.csv: " + e.getCause().getMessage()
                    + "; series.csv holds every replication; free space (or choose another --out) and run again");
        }
        return runs;
    }

    /**
     * The command that reproduces a folder's runs: {@code odsim run} of its resolved scenario,
     * or, for an alternative that started from a comparison's shared warm-up (stepped under the
     * baseline's policies, not its own), {@code odsim compare} of the baseline's and its own.
     */
    private static String reproduce(Scenario scenario, Path dir, SharedWarmUp warmUp) {
        Path own = dir.resolve("scenario.yaml");
        if (warmUp == null || warmUp.baseline() == scenario || scenario.horizon().warmUpDays() == 0) return "odsim run " + own;
        Path base = dir.resolveSibling(odsim.experiment.PolicyComparison.folderName(warmUp.baseline().name())).resolve("scenario.yaml");
        return "odsim compare " + base + " " + own;
    }

    /** Writes the summary of the replications finished; says in a few words if it could not. */
    private static String keepSummary(Path dir, List<RunResult> done) {
        try {
            SummaryWriter.write(dir.resolve("summary.csv"), done);
            odsim.results.RatesWriter.write(dir.resolve("rates.csv"), done);
            return done.isEmpty() ? "" : " (summary.csv and rates.csv summarise them)";
        } catch (UncheckedIOException e) {
            return " (summary.csv could not be written: " + e.getCause().getMessage() + ")";
        }
    }

    static Path defaultFolder(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of("results", safe + "-" + stamp);
        for (int k = 2; Files.exists(dir); k++) dir = Path.of("results", safe + "-" + stamp + "-" + k);
        return dir;
    }
}
