package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmCommandTest {
    @TempDir
    Path dir;

    private Path sweep() throws IOException {
        SweepCommandTest helper = new SweepCommandTest();
        helper.dir = dir;
        return helper.tinySweep(3);
    }

    @Test
    void writesAnArrayAMergeAndASubmitScript() throws IOException {
        Path out = dir.resolve("job");
        CommandLineTest.Outcome o = CommandLineTest.odsim("slurm", sweep().toString(), "--tasks", "4", "-o", out.toString(),
                "--time", "01:00:00", "--mem", "1G", "--odsim", "odsim");
        assertEquals(0, o.code(), o.err());
        String array = Files.readString(out.resolve("sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=1-4\n") && array.contains("#SBATCH --time=01:00:00\n") && array.contains("#SBATCH --mem=1G\n"), array);
        assertTrue(array.contains("odsim sweep '" + sweep().toAbsolutePath() + "' --shard \"${SLURM_ARRAY_TASK_ID}/4\""), array);
        assertTrue(array.contains("--out \"" + out.toAbsolutePath() + "/shards/${SLURM_ARRAY_TASK_ID}\" --resume"), array);
        String merge = Files.readString(out.resolve("merge.sbatch"));
        assertTrue(merge.contains("odsim merge \"${shards[@]}\" --out '" + out.toAbsolutePath() + "/merged'"), merge);
        String submit = Files.readString(out.resolve("submit.sh"));
        assertTrue(submit.contains("sbatch --parsable --dependency=afterok:${array} "), submit);
        assertEquals(2, CommandLineTest.odsim("slurm", sweep().toString(), "--tasks", "0").code());
        // More tasks than runs: tasks that would do nothing (issue 18, row 16).
        CommandLineTest.Outcome tooMany = CommandLineTest.odsim("slurm", sweep().toString(), "--tasks", "100000");
        assertEquals(2, tooMany.code(), tooMany.err());
        assertTrue(tooMany.err().contains("--tasks: found 100000 for the "), tooMany.err());
        assertEquals(2, CommandLineTest.odsim("slurm", sweep().toString(), "--tasks", "2", "--mem", "1G; rm -rf /").code());
    }

    /**
     * On a real one-node Slurm cluster started by src/test/slurm/sweep-on-slurm.sh (munged,
     * slurmctld, slurmd on localhost; stopped by PID when it ends): the generated scripts run a
     * 4-task array and the merge, and the merged results equal a local run byte for byte.
     * Skipped where Slurm or munge is missing, except under CI, where that fails.
     */
    @Test
    void sweepOnARealSlurmClusterEqualsALocalRun() throws Exception {
        String odsim = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + String.join(File.pathSeparator, System.getProperty("java.class.path").split(File.pathSeparator)) + " odsim.cli.Main";
        ProcessBuilder pb = new ProcessBuilder("bash", "src/test/slurm/sweep-on-slurm.sh", dir.resolve("cluster").toString(), sweep().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("slurm-test.log").toFile());
        pb.environment().put("ODSIM", odsim);
        Process p = pb.start();
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) p.destroy(); // bash's trap stops the daemons
        p.waitFor(20, TimeUnit.SECONDS);
        String log = Files.readString(dir.resolve("slurm-test.log"));
        if (ended && p.exitValue() == 77) {
            if (System.getenv("CI") != null) throw new AssertionError("Slurm test cannot run under CI: " + log);
            Assumptions.abort("Slurm or munge not available: " + log.strip());
        }
        assertTrue(ended, "Slurm test took over 150 s:\n" + log);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("merged results equal the local run"), log);
    }
}
