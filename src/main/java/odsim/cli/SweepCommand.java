package odsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import odsim.experiment.sweep.RunStore;
import odsim.experiment.sweep.Shard;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFile;
import odsim.experiment.sweep.SweepFolder;
import odsim.experiment.sweep.SweepResults;
import odsim.experiment.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run every point x replication of a sweep file, in parallel.",
            "Each run is stored as it finishes (atomically, in DIR/runs/); then it writes:",
            "  results.csv  point, replication, seed, one column per swept parameter, period",
            "               (each year and 'total'), measure, value; sorted by run",
            "  points.csv   per point, measure and period: mean over replications, 95%% CI",
            "  sensitivity.csv  per measure, each numeric parameter's partial rank",
            "               correlation (PRCC) with its whole-horizon mean across points",
            "  sensitivity.png, sensitivity.svg  the chart measure's PRCCs, strongest on top",
            "  calibration.csv  with targets: every point's error against the observed",
            "               values, its rank (1 = closest) and whether every target with a",
            "               range (lower, upper) accepts it; with rejectBeyond, the year",
            "               a history was stopped early, out of reach (rejected_in); the",
            "               error scores levels, or with distance: levels-and-changes each",
            "               year's change from the one before as well",
            "  accepted.csv  with ranged targets: the accepted points, best first",
            "  ensemble.csv  with targets: the accepted parameter sets (or, with",
            "               ensembleClosest: N, the N closest), for compare --ensemble",
            "  ensemble-targets.csv, ensemble-targets-MEASURE.png/.svg  each target",
            "               (fitted, or held out from holdOutFrom on) against the",
            "               ensemble's median and 95%% band",
            "  ensemble-parameters.csv/.png/.svg, ensemble-pairs.csv  the kept values",
            "               of each parameter within its prior range; rank correlations",
            "  chart.png, chart.svg  a measure against one or two swept parameters",
            "Measures and targets name a measure of series.csv (odsim run --help), a count",
            "per 100,000 residents (people_methadone_per_100k), or one measure's share of",
            "another (overdose_deaths_fentanyl_share_of_overdose_deaths: summed over the year).",
            "A second round of a calibration ('around: {ensemble: FILE}' in the sweep file)",
            "samples each range only where the first round's ensemble.csv sets lie. A re-check",
            "('design: ensemble', 'ensemble: FILE', replications: 8) runs each set of FILE as",
            "a point and ranks them on the mean of their replications. 'extends: FILE' takes",
            "another sweep file's keys but those given ('key: ~' drops one).",
            "Stopped at any moment, 'odsim sweep --resume DIR' finishes it: no run lost or",
            "repeated, the same results as an uninterrupted sweep.",
            ""})
final class SweepCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "Sweep file (YAML), e.g. scenarios/sweeps/naloxone-opc.yaml")
    Path sweepFile;

    @Option(names = "--resume", arity = "0..1", fallbackValue = "", paramLabel = "DIR",
            description = "Continue the sweep in DIR (or in --out), skipping runs already stored")
    String resume;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Results folder (default: results/sweep-<name>-<timestamp>)")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (1-based, as Slurm's SLURM_ARRAY_TASK_ID with --array=1-N): the runs whose number mod N is I-1; join shards with 'odsim merge'")
    String shard;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Runs in parallel, each on one thread (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar")
    boolean quiet;

    /** The sweep's folder, claimed while this command writes it (one odsim at a time). */
    private ResultsFolder.Claim claim;

    @Override
    public Integer call() {
        try {
            return sweep();
        } finally {
            if (claim != null) claim.close();
        }
    }

    private Integer sweep() {
        try {
            return run();
        } catch (java.io.UncheckedIOException e) {
            throw new MachineError("cannot write the sweep's folder: " + e.getCause().getMessage()
                    + "; every run stored so far is kept: free space, then continue with: odsim sweep --resume DIR");
        }
    }

    private int run() {
        Shard part = Shard.ALL;
        if (shard != null) {
            part = Shard.parse(shard);
            if (part == null) throw new UserError("--shard: found '" + shard + "'; expected I/N with 1 <= I <= N, e.g. 3/8");
        }
        int threadCount = RunOptions.threadCount(threads);

        SweepFolder folder;
        Sweep sweep;
        if (resume != null && !resume.isEmpty()) {
            if (out != null) throw new UserError("--resume DIR and --out: give the folder once");
            folder = new SweepFolder(Path.of(resume));
            if (!Files.isDirectory(folder.dir())) throw new UserError("--resume: folder not found: " + folder.dir());
            claim = ResultsFolder.claim(folder.dir());
            sweep = folder.load();
            if (sweepFile != null && !Sweep.of(SweepFile.load(sweepFile)).fingerprint().equals(sweep.fingerprint())) {
                throw new UserError(sweepFile + ": is not the sweep in " + folder.dir() + "; resume with the folder alone");
            }
        } else {
            if (sweepFile == null) throw new UserError("give a sweep file, or --resume DIR to continue a sweep");
            sweep = Sweep.of(SweepFile.load(sweepFile));
            folder = new SweepFolder(out != null ? out : ScenarioRunner.defaultFolder("sweep-" + sweep.name()));
            claim = ResultsFolder.claim(folder.dir());
            if (folder.holdsSweep()) {
                if (resume == null) throw new UserError(folder.dir() + ": already holds a sweep; add --resume to continue it, or choose another --out");
                if (!folder.fingerprint().equals(sweep.fingerprint())) {
                    throw new UserError(folder.dir() + ": holds a different sweep (other base, points, seed or measures) than " + sweepFile);
                }
            } else {
                folder.create(sweep, sweepFile.toString());
            }
        }
        RunStore store = folder.store();
        store.removeTemporary();
        int[] pending = SweepRunner.pending(sweep, store, part);
        long inShard = java.util.stream.IntStream.range(0, sweep.runCount()).filter(part::contains).count();
        long already = inShard - pending.length;

        long started = System.nanoTime();
        AtomicInteger stored = new AtomicInteger();
        SweepFolder where = folder;
        Thread onStop = new Thread(() -> System.err.printf("%nodsim: stopped; %d runs stored in %s; continue with: odsim sweep --resume %s%n",
                already + stored.get(), where.dir(), where.dir()), "odsim-on-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            runAll(sweep, store, pending, threadCount, part, inShard, already, stored);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException stopping) {
                // the JVM is already stopping: the hook reports what is stored
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        java.io.PrintWriter console = spec.commandLine().getOut();
        console.printf("sweep %s: %s x %s; %s run now, %d stored before, in %.1f s%n", sweep.name(),
                odsim.results.Words.count(sweep.points().size(), "point"), odsim.results.Words.count(sweep.replications(), "replication"),
                odsim.results.Words.count(pending.length, "run"), already, seconds);
        String missing = SweepResults.missing(sweep, store);
        if (missing == null) {
            var finished = SweepResults.finish(sweep, folder);
            String measure = sweep.file().chart().measure();
            odsim.experiment.sweep.Sensitivity.strongest(finished.sensitivity(), measure).ifPresent(r -> console.printf(java.util.Locale.ROOT,
                    "moves %s most: %s (partial rank correlation %.2f, 95%% CI %.2f to %.2f; sensitivity.csv)%n", measure, r.parameter(),
                    r.prcc(), r.lower95(), r.upper95()));
            finished.fits().stream().filter(f -> f.rank() == 1).findFirst().ifPresent(best -> {
                StringBuilder levels = new StringBuilder();
                java.util.List<String> paths = sweep.file().parameterPaths();
                for (int k = 0; k < paths.size(); k++) {
                    levels.append(k == 0 ? "" : ", ").append(paths.get(k)).append(" = ").append(sweep.points().get(best.point()).levels().get(k).label());
                }
                String set = sweep.file().sets() == null ? "" : ", set " + sweep.pointName(best.point()) + " of the ensemble re-checked";
                console.printf(java.util.Locale.ROOT, "closest to the %d targets: point %d%s (%s), %s %.1f%% (calibration.csv)%n",
                        sweep.file().fitted().size(), best.point(), set, levels, sweep.file().distance().describe(), 100 * best.error());
                if (sweep.file().sets() == null && sweep.file().parameters().stream().allMatch(odsim.experiment.sweep.SweepParameter::isRange)) {
                    java.nio.file.Path dir = folder.dir();
                    console.printf("to search from it: odsim fit %s --start %s%n", dir.resolve(odsim.experiment.sweep.SweepFolder.SWEEP),
                            dir.resolve(odsim.experiment.sweep.Calibration.FILE));
                }
            });
            if (sweep.file().rejectBeyond() != null) {
                java.util.Map<Integer, Long> byYear = new java.util.TreeMap<>();
                finished.fits().stream().filter(odsim.experiment.sweep.Calibration.Fit::rejected)
                        .forEach(f -> byYear.merge(f.rejectedIn(), 1L, Long::sum));
                long stopped = byYear.values().stream().mapToLong(Long::longValue).sum();
                console.printf(java.util.Locale.ROOT, "stopped early: %d of %d histories, a fitted year off by more than %s of its value%s "
                        + "(rejected_in, calibration.csv)%n", stopped, finished.fits().size(), odsim.results.Words.significant(100 * sweep.file().rejectBeyond(), 3) + "%",
                        stopped == 0 ? "" : " (" + byYear.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey())
                                .reduce((a, b) -> a + ", " + b).orElse("") + ")");
            }
            if (sweep.file().targets().stream().anyMatch(odsim.experiment.sweep.Target::hasRange)) {
                long accepted = finished.fits().stream().filter(odsim.experiment.sweep.Calibration.Fit::accepted).count();
                console.printf("accepted: %d of %d points fall inside every target's range (accepted.csv)%n", accepted, finished.fits().size());
            }
            java.nio.file.Path ensemble = folder.dir().resolve(odsim.experiment.sweep.Calibration.ENSEMBLE);
            if (java.nio.file.Files.exists(ensemble)) {
                console.printf("ensemble: %s (%s; compare --ensemble takes it)%n", ensemble,
                        sweep.file().ensembleClosest() == null ? "the accepted parameter sets" : "the " + sweep.file().ensembleClosest() + " closest parameter sets");
                Integer k = sweep.file().ensembleClosest();
                if (sweep.file().sets() != null && k != null && k < sweep.points().size()) {
                    // An earlier round writes its sets closest first: how many of its first k are still the k closest here.
                    long stay = finished.fits().stream().filter(f -> !f.rejected() && f.rank() <= k && f.point() < k).count();
                    console.printf("re-check: %d of the file's first %d sets (an earlier round's closest, if the file is its ensemble.csv) "
                            + "are still among the %d closest here%n", stay, k, k);
                }
            } else if (!sweep.file().targets().isEmpty()) {
                console.println("ensemble: none written (no point kept, or a kept point's level is not a single value such as a named "
                        + "curve; ensembleClosest: N keeps the N closest)");
            }
            var heldOut = finished.predictions().stream().filter(p -> !p.fitted()).toList();
            if (!heldOut.isEmpty()) {
                var worst = heldOut.stream().max(java.util.Comparator.comparingDouble(p -> Math.abs(p.error()))).orElseThrow();
                long inRange = heldOut.stream().filter(p -> p.target().hasRange() && p.target().accepts(p.median())).count();
                console.printf(java.util.Locale.ROOT, "out of sample (held out from %d): the ensemble's median inside %d of %d held-out "
                                + "targets' ranges; largest error %+.1f%% (%s in %s) (ensemble-targets.csv)%n", sweep.file().holdOutFrom(), inRange,
                        heldOut.size(), 100 * worst.error(), worst.target().measure(), worst.target().period());
            }
            console.println("results: " + folder.dir());
        } else {
            console.printf("shard %s done; the folder lacks %s held by other shards; join the shards with: odsim merge DIR... --out DIR%n",
                    part, missing);
        }
        console.flush();
        return 0;
    }

    private void runAll(Sweep sweep, RunStore store, int[] pending, int threadCount, Shard part, long inShard, long already,
                        AtomicInteger stored) {
        try (ProgressBar bar = quiet || !RunOptions.onTerminal() ? null : new ProgressBarBuilder()
                .setTaskName("sweep " + sweep.name() + (part.count() > 1 ? " shard " + part : ""))
                .setInitialMax(inShard)
                .startsFrom(already, Duration.ZERO)
                .setUnit(" runs", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .build()) {
            SweepRunner.run(sweep, store, pending, threadCount, run -> {
                stored.incrementAndGet();
                if (bar != null) bar.step();
            });
        }
    }
}
