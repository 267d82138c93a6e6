package odsim.experiment.sweep;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes the scripts that run a sweep on a Slurm cluster from {@code dir}:
 * <ul>
 * <li>{@code sweep.sbatch}: a job array {@code 1-n}; task i runs {@code odsim sweep --shard i/n}
 * into {@code shards/i} (with {@code --resume}, so a requeued task continues);
 * <li>{@code merge.sbatch}: {@code odsim merge shards/1 ... shards/n --out merged};
 * <li>{@code submit.sh}: submits the array, then the merge with {@code --dependency=afterok}.
 * </ul>
 * Paths are absolute: the cluster's nodes must see {@code dir}, the sweep file and the jar on a
 * shared file system.
 */
public record SlurmScripts(Path dir, Path sweepFile, String odsim, int tasks, String time, String mem, int cpus, String partition) {
    public static final String ARRAY = "sweep.sbatch", MERGE = "merge.sbatch", SUBMIT = "submit.sh";

    public Path merged() {
        return dir.resolve("merged");
    }

    public void write(String name) {
        try {
            Files.createDirectories(dir.resolve("logs"));
            Files.createDirectories(dir.resolve("shards"));
            String header = "#SBATCH --time=" + time + "\n#SBATCH --mem=" + mem + "\n"
                    + (partition == null ? "" : "#SBATCH --partition=" + partition + "\n");
            write(ARRAY, "#!/bin/bash\n"
                    + "# One task per shard of sweep " + name + ": task i runs the runs whose number mod " + tasks + " is i-1.\n"
                    + "#SBATCH --job-name=odsim-" + name + "\n"
                    + "#SBATCH --array=1-" + tasks + "\n"
                    + "#SBATCH --cpus-per-task=" + cpus + "\n"
                    + header
                    + "#SBATCH --output=" + dir.resolve("logs") + "/sweep-%A_%a.out\n"
                    + "set -euo pipefail\n"
                    + "exec " + odsim + " sweep " + q(sweepFile) + " --shard \"${SLURM_ARRAY_TASK_ID}/" + tasks + "\""
                    + " --threads \"${SLURM_CPUS_PER_TASK:-" + cpus + "}\" --out \"" + dir.resolve("shards") + "/${SLURM_ARRAY_TASK_ID}\""
                    + " --resume --quiet\n");
            write(MERGE, "#!/bin/bash\n"
                    + "# Joins the " + tasks + " shards of sweep " + name + " into " + merged() + " (after every array task succeeded).\n"
                    + "#SBATCH --job-name=odsim-" + name + "-merge\n"
                    + "#SBATCH --cpus-per-task=1\n"
                    + header
                    + "#SBATCH --output=" + dir.resolve("logs") + "/merge-%j.out\n"
                    + "set -euo pipefail\n"
                    + "shards=()\n"
                    + "for i in $(seq 1 " + tasks + "); do shards+=(\"" + dir.resolve("shards") + "/$i\"); done\n"
                    + "exec " + odsim + " merge \"${shards[@]}\" --out " + q(merged())+ "\n");
            write(SUBMIT, "#!/bin/bash\n"
                    + "# Submits sweep " + name + ": the array of " + tasks + " shards, then the merge once all succeeded.\n"
                    + "set -euo pipefail\n"
                    + "array=$(sbatch --parsable " + q(dir.resolve(ARRAY)) + ")\n"
                    + "array=${array%%;*}\n"
                    + "merge=$(sbatch --parsable --dependency=afterok:${array} " + q(dir.resolve(MERGE)) + ")\n"
                    + "merge=${merge%%;*}\n"
                    + "echo \"array ${array}, merge ${merge}; results: " + merged() + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) throws IOException {
        Path f = dir.resolve(file);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run the scripts with bash
        }
    }

    /** A path quoted for bash. */
    static String q(Path p) {
        return quote(p.toAbsolutePath().normalize().toString());
    }

    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The command that starts odsim as this process was started: {@code java -jar odsim.jar} or {@code java -cp ... odsim.cli.Main}. */
    public static String currentCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> entries = List.of(cp.split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            return quote(java) + " -jar " + quote(Path.of(entries.get(0)).toAbsolutePath().toString());
        }
        StringBuilder abs = new StringBuilder();
        for (String e : entries) {
            if (abs.length() > 0) abs.append(File.pathSeparator);
            abs.append(Path.of(e).toAbsolutePath());
        }
        return quote(java) + " -cp " + quote(abs.toString()) + " odsim.cli.Main";
    }
}
