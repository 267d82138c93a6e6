package odsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.scenario.ParameterOverride;
import odsim.results.Period;
import picocli.CommandLine.Option;

/** Options shared by every command that runs scenarios. */
final class RunOptions {
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
            description = "Results folder, new or empty (default: results/<name>-<timestamp>)")
    Path out;

    @Option(names = "--overwrite",
            description = "Replace the results already in --out (only a folder of odsim results is emptied)")
    boolean overwrite;

    @Option(names = {"-p", "--period"}, paramLabel = "P", defaultValue = "month",
            description = "Resolution of series.csv: day, week, month or year (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar")
    boolean quiet;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Set a scenario parameter by its path, e.g. --set policies.opc.sites=4 (repeatable; in compare, in every scenario)")
    List<String> set = new ArrayList<>();

    /** The --set assignments, parsed; a malformed one is a clean error. */
    List<ParameterOverride> overrides() {
        return set.stream().map(a -> ParameterOverride.parse(a, "--set")).toList();
    }

    /** Checks the values and returns the series resolution; bad values are a {@link UserError}. */
    Period validate() {
        if (replications < 1 || replications > 100_000) throw new UserError("--replications: found " + replications + "; allowed 1 to 100000");
        threadCount(threads);
        if (agents != null && (agents < 1 || agents > 50_000_000)) throw new UserError("--agents: found " + agents + "; allowed 1 to 50000000");
        if (seed != null && seed < 0) throw new UserError("--seed: found " + seed + "; allowed a whole number >= 0");
        for (Period p : Period.values()) if (p.label().equals(period)) return p;
        throw new UserError("--period: found '" + period + "'; allowed day, week, month, year");
    }

    /**
     * The results folder, claimed for this command (one odsim writes a folder at a time): --out if
     * given (new, empty, or with --overwrite an earlier results folder, emptied first, so no file of
     * an earlier run is left beside the new ones), else a new timestamped folder under results/
     * named after {@code name}. Close the claim when done.
     */
    ResultsFolder.Claim claimOutput(String name) {
        if (out == null) return ResultsFolder.claim(ScenarioRunner.defaultFolder(name));
        if (out.toString().isBlank()) throw new UserError("--out: empty; give the folder for the results");
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new UserError("--out " + out + ": is a file; give a folder for the results");
        }
        ResultsFolder.Claim claim = ResultsFolder.claim(out);
        try {
            prepare();
        } catch (RuntimeException e) {
            claim.close();
            throw e;
        }
        return claim;
    }

    /** An --out folder already claimed: refused if it holds files, unless --overwrite and they are results. */
    private void prepare() {
        if (!ResultsFolder.isEmpty(out)) {
            if (!overwrite) {
                throw new UserError("--out " + out + ": holds files already; give a new folder, or add --overwrite to replace the results in it");
            }
            if (!ResultsFolder.looksLikeResults(out)) {
                throw new UserError("--out " + out + ": holds files that are not odsim results (no scenario.yaml, summary.csv or "
                        + "comparison.csv); not emptied; give a new folder");
            }
            ResultsFolder.empty(out);
        }
    }

    /** Whether odsim talks to a terminal: progress bars are drawn there only, never into a redirected log. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    int threadCount() {
        return threadCount(threads);
    }

    /** A command's {@code --threads}, checked: the value given, or every core when none was. */
    static int threadCount(Integer threads) {
        if (threads != null && (threads < 1 || threads > 1024)) throw new UserError("--threads: found " + threads + "; allowed 1 to 1024");
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
