package odsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import odsim.experiment.sweep.SlurmScripts;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "slurm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Write the scripts that run a sweep on a Slurm cluster (job array, merge).",
            "Into DIR:",
            "  sweep.sbatch  a job array 1-N; task i runs 'odsim sweep SWEEP --shard i/N'",
            "                into DIR/shards/i",
            "  merge.sbatch  'odsim merge' of the N shards into DIR/merged",
            "  submit.sh     submits the array, then the merge with --dependency=afterok",
            "DIR, the sweep file and odsim must be on a file system the nodes share.",
            ""})
final class SlurmCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML)")
    Path sweepFile;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks (shards)")
    int tasks;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the scripts, logs, shards and merged results (default: results/slurm-<name>-<timestamp>)")
    Path out;

    @Option(names = "--time", paramLabel = "T", defaultValue = "04:00:00", description = "Time limit of each task (default: ${DEFAULT-VALUE})")
    String time;

    @Option(names = "--mem", paramLabel = "M", defaultValue = "2G", description = "Memory of each task (default: ${DEFAULT-VALUE})")
    String mem;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "1", description = "CPUs per task; runs in parallel inside a task (default: ${DEFAULT-VALUE})")
    int cpus;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's default)")
    String partition;

    @Option(names = "--odsim", paramLabel = "CMD", description = "Command that starts odsim on the nodes (default: this java and jar, absolute paths)")
    String odsim;

    @Override
    public Integer call() {
        if (tasks < 1 || tasks > 100_000) throw new UserError("--tasks: found " + tasks + "; allowed 1 to 100000");
        if (cpus < 1 || cpus > 1024) throw new UserError("--cpus: found " + cpus + "; allowed 1 to 1024");
        for (String[] v : new String[][] {{"--time", time}, {"--mem", mem}, {"--partition", partition}}) {
            if (v[1] != null && !v[1].matches("[A-Za-z0-9:_.,-]+")) throw new UserError(v[0] + ": found '" + v[1] + "'; allowed letters, digits and : _ . , -");
        }
        Sweep sweep = Sweep.of(SweepFile.load(sweepFile));
        if (tasks > sweep.runCount()) {
            throw new UserError("--tasks: found " + tasks + " for the " + sweep.runCount() + " runs of " + sweepFile
                    + "; allowed 1 to " + sweep.runCount() + " (a task with no run would do nothing)");
        }
        Path dir = (out != null ? out : ScenarioRunner.defaultFolder("slurm-" + sweep.name())).toAbsolutePath().normalize();
        SlurmScripts scripts = new SlurmScripts(dir, sweepFile, odsim != null ? odsim : SlurmScripts.currentCommand(), tasks, time, mem, cpus, partition);
        scripts.write(sweep.name());
        java.io.PrintWriter console = spec.commandLine().getOut();
        console.printf("sweep %s: %d runs in %d array tasks (about %d runs each)%n", sweep.name(), sweep.runCount(), tasks,
                (sweep.runCount() + tasks - 1) / tasks);
        console.println("submit with: bash " + dir.resolve(SlurmScripts.SUBMIT));
        console.println("merged results will be in: " + scripts.merged());
        console.flush();
        return 0;
    }
}
