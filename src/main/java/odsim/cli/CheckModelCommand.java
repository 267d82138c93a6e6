package odsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import odsim.experiment.ModelCheck;
import odsim.experiment.ModelCheck.Figure;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check-model", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Set the model beside published figures, saying which ones a parameter was fitted to.",
        description = {
            "Runs the shipped baseline, and the baseline with safe supply at full",
            "scale, and prints for each published figure the range that counts as",
            "agreeing and the model's value with the 95%% interval of its mean over",
            "replications. --out writes the table as Markdown; docs/validation.md is",
            "written by: odsim check-model --out docs/validation.md",
            ""})
final class CheckModelCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "scenarios/baseline.yaml",
            description = "The scenario the figures are computed from (default: ${DEFAULT-VALUE})")
    Path baselineFile;

    @Option(names = {"-n", "--agents"}, paramLabel = "N", defaultValue = "100000", description = "Agents per run (default: ${DEFAULT-VALUE})")
    int agents;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "4", description = "Replications (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the table as Markdown to FILE")
    Path out;

    @Override
    public Integer call() {
        if (agents < 1000 || agents > 50_000_000) throw new UserError("--agents: found " + agents + "; allowed 1000 to 50000000");
        if (replications < 2 || replications > 1000) throw new UserError("--replications: found " + replications + "; allowed 2 to 1000 (an interval needs 2)");
        int threadCount = RunOptions.threadCount(threads);
        // Checked before the runs, so a mistyped folder costs no run.
        java.nio.file.Path folder = out == null ? null : out.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new UserError("--out " + out + ": the folder " + folder + " does not exist; create it or choose another file");
        }
        if (out != null && java.nio.file.Files.isDirectory(out)) throw new UserError("--out " + out + ": is a folder; give the Markdown file to write");
        Scenario baseline = ScenarioLoader.load(baselineFile).withAgents(agents);
        long started = System.nanoTime();
        List<Figure> figures = ModelCheck.run(baseline, replications, threadCount);
        double seconds = (System.nanoTime() - started) / 1e9;
        var console = spec.commandLine().getOut();
        int agreeing = 0;
        for (Figure f : figures) {
            if (f.agrees()) agreeing++;
            console.printf(Locale.ROOT, "%-9s %s%n          odsim %s; agreeing: %s%n", f.agrees() ? "agrees" : "DISAGREES", f.what(), f.value(), f.range());
        }
        console.printf(Locale.ROOT, "%d of %d figures agree (%s, %d agents, %d replications, %.0f s)%n", agreeing, figures.size(),
                baselineFile, agents, replications, seconds);
        if (out != null) {
            try {
                odsim.results.AtomicFile.writeString(out, ModelCheck.markdown(figures, baselineFile.toString(), agents, replications));
            } catch (IOException e) {
                throw new MachineError("cannot write " + out + ": " + e.getMessage());
            }
            console.println("written: " + out);
        }
        console.flush();
        return 0;
    }
}
