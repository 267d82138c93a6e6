package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a run or a comparison, on a real full file system (a 1 MiB tmpfs,
 * which needs root and the right to mount; skipped with the reason otherwise): one line, exit 1, no
 * stack trace, and no file cut short that looks complete (issue 18, rows 3 and 4).
 */
class DiskFullTest {
    @TempDir
    Path dir;
    private Path full;

    @BeforeEach
    void mountSmallDisk() throws IOException, InterruptedException {
        full = Files.createDirectories(dir.resolve("full"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", full.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes()).trim();
        boolean mounted = mount.waitFor() == 0;
        // Mounting needs root and the right to mount (CAP_SYS_ADMIN), which no package can install:
        // where it is missing, even in CI, the tests are skipped with mount's own words.
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root and the right to mount): " + said);
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        new ProcessBuilder("umount", full.toString()).start().waitFor();
    }

    private Path tiny(String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), """
                extends: %s
                name: %s
                population: {agents: 3000}
                horizon: {start: 2016-01-01, end: 2016-12-31}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), name));
    }

    @Test
    void aRunThatFillsTheDiskKeepsWholeReplicationsOnly() throws IOException {
        Path out = full.resolve("run");
        CommandLineTest.Outcome o = CommandLineTest.odsim("run", tiny("tiny").toString(), "-q", "-r", "6", "-t", "1", "--period", "day",
                "--out", out.toString());
        assertEquals(1, o.code(), o.err());
        assertOneLine(o.err());
        assertTrue(o.err().contains("No space left on device") && o.err().contains("free space"), o.err());
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertTrue(Files.readString(out.resolve("series.csv")).endsWith("\n"), "series.csv ends with a whole row");
        for (String row : series) assertEquals(5, row.split(",", -1).length, row);
        long replications = series.stream().skip(1).map(r -> r.split(",")[1]).distinct().count();
        assertTrue(replications < 6, "the disk filled before the end: " + replications + " replications kept");
        if (replications > 0) assertEquals(365L * rowsPerDay(series), series.size() - 1L, "whole replications only");
        assertNoPartialFiles(out);
        assertFalse(Files.exists(out.resolve("manifest.csv")), "an unfinished folder is not marked complete");
        if (Files.exists(out.resolve("summary.csv"))) {
            for (String row : Files.readAllLines(out.resolve("summary.csv"))) assertEquals(10, row.split(",", -1).length, row);
        }
    }

    @Test
    void aComparisonThatFillsTheDiskLeavesNoFileCutShort() throws IOException {
        String[] args = {"compare", tiny("base").toString(), tiny("again").toString(), "-q", "-r", "2", "--period", "year", "--out"};
        // Measured on the big disk: what the runs write, and what the comparison writes after them.
        Path ok = dir.resolve("ok");
        assertEquals(0, CommandLineTest.odsim(concat(args, ok.toString())).code());
        // Fill the small disk so that the runs (the scenarios' folders) fit and the report does not.
        fillLeavingRoomFor(ok, f -> !f.getParent().equals(ok) || f.getFileName().toString().equals("scenario.yaml"));
        Path out = full.resolve("compare");
        CommandLineTest.Outcome o = CommandLineTest.odsim(concat(args, out.toString()));
        assertEquals(1, o.code(), o.err());
        assertOneLine(o.err());
        assertTrue(o.err().contains("No space left on device"), o.err());
        assertNoPartialFiles(out);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                byte[] bytes = Files.readAllBytes(png);
                String end = new String(bytes, bytes.length - 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertEquals("IEND", end, png + " is a whole PNG");
            }
        }
        for (String csv : List.of("comparison.csv", "report.csv")) {
            Path f = out.resolve(csv);
            if (Files.exists(f)) assertTrue(Files.readString(f).endsWith("\n"), csv + " is whole");
        }
    }

    /** A sweep whose last step (its tables and charts) fills the disk: one line, exit 1, the runs kept for --resume. */
    @Test
    void aSweepWhoseLastStepFillsTheDiskKeepsItsRuns() throws IOException {
        Path sweep = Files.writeString(dir.resolve("s.yaml"), """
                base: %s
                agents: 2000
                replications: 2
                parameters:
                  policies.naloxone.kitsPerYearPer100k: [0, 1000, 2000]
                measures: [overdose_deaths, cost_total]
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath()));
        Path ok = dir.resolve("sweep-ok");
        assertEquals(0, CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-o", ok.toString()).code());
        // Fill the small disk so that the runs fit and the sweep's tables and charts do not.
        fillLeavingRoomFor(ok, f -> f.getParent().getFileName().toString().equals("runs") || f.getFileName().toString().endsWith(".yaml")
                || f.getFileName().toString().equals("fingerprint.txt"));
        Path out = full.resolve("sweep");
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-o", out.toString());
        assertEquals(1, o.code(), o.err());
        assertOneLine(o.err());
        assertTrue(o.err().contains("No space left on device") && o.err().contains("--resume"), o.err());
        assertNoPartialFiles(out);
        try (Stream<Path> stored = Files.list(out.resolve("runs"))) {
            assertEquals(6, stored.filter(p -> p.getFileName().toString().startsWith("run-")).count(), "every run kept");
        }
        for (String csv : List.of("results.csv", "points.csv", "sensitivity.csv")) {
            Path f = out.resolve(csv);
            if (Files.exists(f)) assertTrue(Files.readString(f).endsWith("\n"), csv + " is whole");
        }
    }

    /**
     * Fills the small disk so that what {@code done} (the same job, finished on the big disk) holds
     * of the files {@code first} picks fits, and only a third of the rest does (sizes in 4 KiB blocks).
     */
    private void fillLeavingRoomFor(Path done, java.util.function.Predicate<Path> first) throws IOException {
        long early = 0, all = 0;
        try (Stream<Path> files = Files.walk(done)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                long blocks = (Files.size(f) + 4095) / 4096 * 4096;
                all += blocks;
                if (first.test(f)) early += blocks;
            }
        }
        long keep = early + (all - early) / 3 + 32 * 1024;
        long usable = Files.getFileStore(full).getUsableSpace();
        assertTrue(all - early > 64 * 1024 && keep < usable, "first " + early + ", all " + all + ", usable " + usable);
        Files.write(full.resolve("filler"), new byte[(int) (usable - keep)]);
    }

    private static String[] concat(String[] args, String last) {
        String[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = last;
        return out;
    }

    /** Rows of one day of one replication: the measures, with their per-100,000 forms. */
    private static long rowsPerDay(List<String> series) {
        String first = series.get(1).split(",")[2];
        return series.stream().skip(1).filter(r -> r.split(",")[1].equals("0") && r.split(",")[2].equals(first)).count();
    }

    private static void assertOneLine(String err) {
        assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    private static void assertNoPartialFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }
}
