package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat however many runs a sweep has: a 1,000-run sweep finishes in a separate JVM
 * limited to a 48 MB heap, and the heap in use after each garbage collection stays under 24 MB
 * (measured: at most 9 MB here, and 13 MB for the 10,000-run sweep; README "Sweeps"). Holding
 * each run's daily series until the end (about 210 KB a run here) would fail it. Not a timed test.
 */
class SweepMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aThousandRunSweepFitsInASmallHeap() throws Exception {
        Path gc = dir.resolve("gc.log"), out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Xlog:gc:file=" + gc, "-cp", System.getProperty("java.class.path"), "odsim.cli.Main",
                "sweep", "src/test/resources/sweeps/memory-1000.yaml", "-q", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sweep.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "sweep did not end");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("sweep.log")));
        assertEquals(1 + 1000 * 5 * 2, Files.readAllLines(out.resolve("results.csv")).size());
        int maxAfterGc = 0;
        Matcher m = Pattern.compile("->(\\d+)M").matcher(Files.readString(gc));
        while (m.find()) maxAfterGc = Math.max(maxAfterGc, Integer.parseInt(m.group(1)));
        assertTrue(maxAfterGc < 24, "heap in use after GC: " + maxAfterGc + " MB");
    }
}
