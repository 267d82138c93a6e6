package odsim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import odsim.experiment.sweep.Fit;
import odsim.experiment.sweep.FitStart;
import odsim.experiment.sweep.Level;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFile;
import odsim.experiment.sweep.Target;
import odsim.results.Csv;
import odsim.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Fit a sweep file's ranged parameters to its targets (observed values).",
            "Searches the values within each {min, max} that minimise the root mean",
            "square relative error against the targets (the error 'odsim sweep' ranks",
            "points by in calibration.csv; with distance: levels-and-changes in the file,",
            "each year's change as well): BOBYQA (Powell 2009) from the middle of the",
            "ranges, or from --start's point; Brent's method for one parameter. To polish",
            "a sweep's best point, start there: --start DIR/calibration.csv. Every",
            "evaluation runs the file's replications with the same seeds, so the error",
            "changes only with the parameters; check a fit with more replications, e.g.",
            "'odsim run DIR/fitted.yaml --replications 20'. The file's design and samples",
            "are not used. It writes, as it goes:",
            "  fit.csv      every evaluation: parameters, error, value for each target",
            "  fitted.yaml  the best scenario so far, every parameter written out",
            "  fit.yaml, base.yaml  the fit file and its base scenario, resolved",
            ""})
final class FitCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file with targets and ranged parameters, e.g. scenarios/sweeps/calibrate-baseline.yaml")
    Path file;

    @Option(names = {"-n", "--evaluations"}, paramLabel = "N", defaultValue = "40",
            description = "Most evaluations (each runs every replication; default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--start", paramLabel = "CSV",
            description = "Start from the closest point of an earlier search instead of the middle of the ranges: "
                + "a sweep's calibration.csv or accepted.csv, or a fit's fit.csv (the row with the least error), "
                + "or an ensemble.csv (its first set). Its columns must name every parameter the fit varies")
    Path start;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Results folder (default: results/fit-<name>-<timestamp>)")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Threads for an evaluation's replications (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No line per evaluation")
    boolean quiet;

    @Override
    public Integer call() {
        if (evaluations < 1 || evaluations > 100_000) throw new UserError("--evaluations: found " + evaluations + "; allowed 1 to 100000");
        int threadCount = RunOptions.threadCount(threads);
        Sweep sweep = Sweep.of(SweepFile.load(file));
        Fit fit = Fit.of(sweep, threadCount);
        FitStart from = start == null ? null : FitStart.read(start, sweep.file());
        Path dir = out != null ? out : ScenarioRunner.defaultFolder("fit-" + sweep.name());
        try {
            return fit(sweep, fit, from, dir);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write the fit's folder " + dir + ": " + e.getCause().getMessage());
        }
    }

    private int fit(Sweep sweep, Fit fit, FitStart from, Path dir) {
        List<Target> targets = sweep.file().fitted();
        List<String> paths = sweep.file().parameterPaths();
        PrintWriter console = spec.commandLine().getOut();
        AtomicInteger done = new AtomicInteger();
        Thread onStop = new Thread(() -> System.err.printf("%nodsim: stopped; %d evaluations in %s, the best so far in %s%n",
                done.get(), dir.resolve("fit.csv"), dir.resolve("fitted.yaml")), "odsim-on-stop");
        long started = System.nanoTime();
        Fit.Evaluation best;
        try {
            Files.createDirectories(dir);
            if (Files.exists(dir.resolve("fit.csv"))) throw new UserError(dir + ": already holds a fit; choose another --out");
            Files.writeString(dir.resolve("base.yaml"), sweep.baseYaml("Base scenario of fit " + sweep.name() + " (from " + file
                    + "), every parameter written out."), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("fit.yaml"), sweep.resolvedYaml("Fit " + sweep.name() + " resolved by odsim 0.1.0 from " + file
                    + ".\nRun again: odsim fit " + dir.resolve("fit.yaml") + " --evaluations " + evaluations
                    + (from == null ? "" : " --start " + from.file().toAbsolutePath().normalize())), StandardCharsets.UTF_8);
            Runtime.getRuntime().addShutdownHook(onStop);
            try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("fit.csv"), StandardCharsets.UTF_8)) {
                StringBuilder header = new StringBuilder("evaluation");
                for (String p : paths) header.append(',').append(Csv.text(p));
                header.append(",error");
                for (Target t : targets) header.append(',').append(Csv.text(t.label()));
                csv.write(header.append('\n').toString());
                csv.flush();
                if (from != null) {
                    StringBuilder values = new StringBuilder();
                    for (int k = 0; k < paths.size(); k++) values.append(k == 0 ? "" : ", ").append(paths.get(k)).append(" = ").append(from.values().get(k));
                    console.printf(Locale.ROOT, "start: %s (%s, line %d%s)%n", values, from.file(), from.line(),
                            Double.isNaN(from.error()) ? "" : String.format(Locale.ROOT, ", error %.2f%% there", 100 * from.error()));
                    if (!from.notFitted().isEmpty()) {
                        console.println("note: the start's other parameters (" + String.join(", ", from.notFitted()) + ") are not fitted: "
                                + "they keep the base scenario's values");
                    }
                    console.flush();
                }
                best = fit.run(evaluations, from, (e, bestSoFar) -> {
                    write(csv, e);
                    if (e == bestSoFar) writeFitted(sweep, e, dir);
                    done.incrementAndGet();
                    if (!quiet) {
                        console.printf(Locale.ROOT, "evaluation %d: %s, error %.2f%% (best %.2f%%)%n", e.index() + 1, levels(paths, e),
                                100 * e.error(), 100 * bestSoFar.error());
                        console.flush();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException | IllegalArgumentException stopping) {
                // the JVM is already stopping (the hook reports), or the hook was never added
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        console.printf(Locale.ROOT, "fit %s: %s of %s in %.1f s%n", sweep.name(), odsim.results.Words.count(done.get(), "evaluation"),
                odsim.results.Words.count(sweep.replications(), "replication"), seconds);
        console.printf(Locale.ROOT, "best: %s, %s %.2f%%%n", levels(paths, best), sweep.file().distance().describe(), 100 * best.error());
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            console.printf(Locale.ROOT, "  %s: observed %s, model %s (%+.1f%%)%n", t.label(), readable(t.value()), readable(best.model()[k]),
                    100 * (best.model()[k] - t.value()) / t.value());
        }
        for (String warning : atRangeEdges(sweep, best)) console.println(warning);
        console.println("results: " + dir + " (fit.csv; the best scenario: fitted.yaml)");
        // The error was measured on the file's few replications, with which the search was tuned.
        console.println("check it with more replications: odsim run " + dir.resolve("fitted.yaml") + " --replications 20");
        console.flush();
        return 0;
    }

    /**
     * A note for each parameter whose best value lies near an end of its range (within a tenth of
     * the range: the search stops short of an end it is pressed against): the best may lie beyond
     * it, and the range should be widened.
     */
    static List<String> atRangeEdges(Sweep sweep, Fit.Evaluation best) {
        List<String> notes = new java.util.ArrayList<>();
        List<odsim.experiment.sweep.SweepParameter> parameters = sweep.file().parameters();
        for (int k = 0; k < parameters.size(); k++) {
            var range = parameters.get(k).range();
            if (range == null) continue;
            double v;
            try {
                v = Double.parseDouble(best.point().levels().get(k).label());
            } catch (NumberFormatException e) {
                continue;
            }
            double margin = (range.max() - range.min()) / 10;
            String end = v <= range.min() + margin ? "lower" : v >= range.max() - margin ? "upper" : null;
            if (end == null) continue;
            notes.add(String.format(Locale.ROOT, "note: %s ended near the %s end of its range (%s; range %s to %s): the best value may lie "
                    + "beyond it; widen the range and fit again", parameters.get(k).path(), end, readable(v), readable(range.min()),
                    readable(range.max())));
        }
        return notes;
    }

    /** Whole numbers from 100 up, three significant digits below. */
    private static String readable(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String levels(List<String> paths, Fit.Evaluation e) {
        StringBuilder sb = new StringBuilder();
        List<Level> levels = e.point().levels();
        for (int k = 0; k < paths.size(); k++) sb.append(k == 0 ? "" : ", ").append(paths.get(k)).append(" = ").append(levels.get(k).label());
        return sb.toString();
    }

    private static void write(BufferedWriter csv, Fit.Evaluation e) {
        StringBuilder row = new StringBuilder().append(e.index() + 1);
        for (Level l : e.point().levels()) row.append(',').append(Csv.text(l.label()));
        row.append(',').append(Csv.number(e.error()));
        for (double v : e.model()) row.append(',').append(Csv.number(v));
        try {
            csv.write(row.append('\n').toString());
            csv.flush();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The best scenario so far, replaced atomically so an interrupted fit leaves a whole file. */
    private void writeFitted(Sweep sweep, Fit.Evaluation e, Path dir) {
        String header = "Fitted by odsim fit from " + file + ": evaluation " + (e.index() + 1) + ", " + sweep.file().distance().describe() + " "
                + String.format(Locale.ROOT, "%.4f", e.error()) + " against " + sweep.file().fitted().size() + " targets with "
                + sweep.replications() + " replications.\nRun: odsim run " + dir.resolve("fitted.yaml");
        try {
            odsim.results.AtomicFile.writeString(dir.resolve("fitted.yaml"), ScenarioWriter.toYaml(sweep.scenario(e.point()), header));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
