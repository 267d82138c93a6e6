package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path dir;

    static CommandLineTest.Outcome odsim(String... args) {
        return CommandLineTest.odsim(args);
    }

    /** A sweep of a thousand agents over one year (after the baseline's warm-up): 6 points x 3 replications, or more with {@code reps}. */
    Path tinySweep(int reps) throws IOException {
        return Files.writeString(dir.resolve("tiny-sweep.yaml"), """
                name: tiny
                base: %s
                agents: 1000
                replications: %d
                set:
                  horizon.start: 2016-01-01
                  horizon.end: 2016-12-31
                  policies.naloxone.level: 1
                parameters:
                  policies.naloxone.kitsPerYearPer100k: [0, 1000, 3000]
                  supply.fentanylShare:
                    low: 0.1
                    rising: {interpolation: linear, points: {2016-01-01: 0.2, 2016-12-31: 0.9}}
                measures: [overdose_deaths, overdoses, people_street, cost_total]
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), reps));
    }

    static byte[] bytes(Path f) throws IOException {
        return Files.readAllBytes(f);
    }

    /** The numbers after the given start of a line of points.csv: replications, mean, lower95, upper95, difference, ... */
    static double[] numbers(List<String> lines, String start) {
        String line = lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
        return java.util.Arrays.stream(line.substring(start.length()).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    static long stored(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder.resolve("runs"))) {
            return s.filter(f -> f.getFileName().toString().startsWith("run-")).count();
        }
    }

    @Test
    void writesTidyResultsSummaryAndChart() throws IOException {
        Path out = dir.resolve("one");
        CommandLineTest.Outcome o = odsim("sweep", tinySweep(3).toString(), "-q", "-t", "2", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("point,replication,seed,policies.naloxone.kitsPerYearPer100k,supply.fentanylShare,period,measure,value", results.get(0));
        assertEquals(1 + 18 * 4 * 2, results.size(), "18 runs x 4 measures x (2016, total)");
        assertTrue(results.get(1).startsWith("0,0,"), results.get(1));
        assertTrue(results.stream().anyMatch(l -> l.matches("5,2,-?\\d+,3000,rising,total,cost_total,[0-9.E]+")), "last point, last replication");
        // common random numbers: replication r has the same seed at every point
        String seedRep1 = results.get(1 + 8).split(",")[2];
        assertTrue(results.stream().filter(l -> l.matches("\\d+,1,.*")).allMatch(l -> l.split(",")[2].equals(seedRep1)));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("point,policies.naloxone.kitsPerYearPer100k,supply.fentanylShare,measure,period,replications,mean,lower95,upper95,"
                + "difference,differenceLower95,differenceUpper95", points.get(0));
        assertEquals(1 + 6 * 4 * 2, points.size());
        assertTrue(points.get(1).startsWith("0,0,low,overdose_deaths,2016,3,") && points.get(1).endsWith(",0,0,0"), "point 0 minus itself");
        // the paired difference of people using street opioids at point 5 is its mean minus point 0's
        double[] p0 = numbers(points, "0,0,low,people_street,total,"), p5 = numbers(points, "5,3000,rising,people_street,total,");
        assertEquals(p5[1] - p0[1], p5[4], 1e-6);
        assertTrue(Files.size(out.resolve("chart.png")) > 1000 && Files.readString(out.resolve("chart.svg")).contains("<svg"));
        assertTrue(Files.exists(out.resolve("sweep.yaml")) && Files.exists(out.resolve("base.yaml")));
        // Sensitivity: the numeric parameter against each measure; the named fentanyl curves have no order.
        List<String> sensitivity = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("measure,parameter,prcc,lower95,upper95,points", sensitivity.get(0));
        assertEquals(1 + 4, sensitivity.size(), "4 measures x kits (the curves are left out)");
        assertTrue(sensitivity.stream().skip(1).allMatch(l -> l.contains(",policies.naloxone.kitsPerYearPer100k,") && l.endsWith(",6")), sensitivity.toString());
        // Kits cut deaths even in this tiny sweep: a negative coefficient, and a chart of them.
        assertTrue(sensitivity.stream().anyMatch(l -> l.startsWith("overdose_deaths,policies.naloxone.kitsPerYearPer100k,-")), sensitivity.toString());
        assertTrue(Files.exists(out.resolve("sensitivity.png")));
    }

    /** Identical runs write identical charts, SVGs included (issue 18, row 16: their ids were random). */
    @Test
    void identicalSweepsWriteIdenticalCharts() throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, odsim("sweep", tinySweep(2).toString(), "-q", "-o", a.toString()).code());
        assertEquals(0, odsim("sweep", tinySweep(2).toString(), "-q", "-o", b.toString()).code());
        assertEquals(Files.readString(a.resolve("chart.svg")), Files.readString(b.resolve("chart.svg")));
        assertEquals(Files.readString(a.resolve("points.csv")), Files.readString(b.resolve("points.csv")));
    }

    /** A target equal to one point's result ranks that point first, with no error; the others by their distance. */
    @Test
    void calibrationRanksThePointThatMatchesTheTargets() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, odsim("sweep", tinySweep(2).toString(), "-q", "-o", first.toString()).code());
        List<String> points = Files.readAllLines(first.resolve("points.csv"));
        double cost4 = numbers(points, "4,3000,low,cost_total,total,")[1], street4 = numbers(points, "4,3000,low,people_street,2016,")[1];
        Path sweep = Files.writeString(dir.resolve("calibrate.yaml"), Files.readString(tinySweep(2)) + """
                targets:
                  - {measure: cost_total, period: total, value: %s, source: "this test: point 4's own result"}
                  - {measure: people_street, period: 2016, value: %s, source: "this test: point 4's own result"}
                """.formatted(odsim.results.Csv.number(cost4), odsim.results.Csv.number(street4)));
        Path out = dir.resolve("calibrated");
        CommandLineTest.Outcome o = odsim("sweep", sweep.toString(), "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("closest to the 2 targets: point 4 (policies.naloxone.kitsPerYearPer100k = 3000, supply.fentanylShare = low), "
                + "root mean square relative error 0.0%"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals("point,policies.naloxone.kitsPerYearPer100k,supply.fentanylShare,error,rank,accepted,cost_total@total,people_street@2016", rows.get(0));
        assertEquals(1 + 6, rows.size());
        assertTrue(rows.get(5).startsWith("4,3000,low,0,1,"), rows.get(5));
        // Every other point's error is its root mean square relative distance from point 4's values.
        for (int k = 1; k <= 6; k++) {
            String[] f = rows.get(k).split(",");
            double cost = Double.parseDouble(f[6]), street = Double.parseDouble(f[7]);
            double expected = Math.sqrt((Math.pow((cost - cost4) / cost4, 2) + Math.pow((street - street4) / street4, 2)) / 2);
            assertEquals(expected, Double.parseDouble(f[3]), 1e-12, rows.get(k));
        }
    }

    @Test
    void drawsAHeatMapOverTwoGridParameters() throws IOException {
        Path sweep = Files.writeString(dir.resolve("heat.yaml"), Files.readString(tinySweep(2))
                + "chart: {measure: overdoses, x: supply.fentanylShare, y: policies.naloxone.kitsPerYearPer100k, relative: true}\n");
        Path out = dir.resolve("heat");
        CommandLineTest.Outcome o = odsim("sweep", sweep.toString(), "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        String svg = Files.readString(out.resolve("chart.svg"));
        assertTrue(svg.contains("overdoses minus at point 0") && svg.contains("rising"), "title and a level label in the SVG");
        assertTrue(Files.size(out.resolve("chart.png")) > 1000);
        assertTrue(Files.size(out.resolve("sensitivity.png")) > 1000 && Files.readString(out.resolve("sensitivity.svg")).contains("what moves overdoses"));
    }

    /** Any thread count, and shards merged afterwards, give the single machine's files byte for byte. */
    @Test
    void threadsAndShardsGiveTheSameResults() throws IOException {
        Path sweep = tinySweep(3), one = dir.resolve("one"), two = dir.resolve("two");
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-t", "1", "-o", one.toString()).code());
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-t", "2", "-o", two.toString()).code());
        assertArrayEquals(bytes(one.resolve("results.csv")), bytes(two.resolve("results.csv")));
        String[] merge = {"merge", "", "", "", "-o", dir.resolve("merged").toString()};
        for (int i = 1; i <= 3; i++) {
            Path shard = dir.resolve("shard" + i);
            CommandLineTest.Outcome o = odsim("sweep", sweep.toString(), "-q", "--shard", i + "/3", "-o", shard.toString());
            assertEquals(0, o.code(), o.err());
            assertEquals(6, stored(shard));
            assertFalse(Files.exists(shard.resolve("results.csv")), "a shard alone has no results");
            merge[i] = shard.toString();
        }
        CommandLineTest.Outcome partial = odsim("merge", merge[1], merge[2], "-o", dir.resolve("partial").toString());
        assertEquals(2, partial.code());
        assertTrue(partial.err().contains("the shards lack 6 of 18 runs"), partial.err());
        CommandLineTest.Outcome merged = odsim(merge);
        assertEquals(0, merged.code(), merged.err());
        for (String f : List.of("results.csv", "points.csv", "sensitivity.csv")) {
            assertArrayEquals(bytes(one.resolve(f)), bytes(dir.resolve("merged").resolve(f)), f);
        }
    }

    /**
     * A re-check (design: ensemble): each set of an earlier ensemble is a point, ranked on the mean
     * of its replications; the kept sets keep their names; the folder keeps its own copy of the
     * sets, so it resumes without the file it came from, and shards merge to the same results.
     */
    @Test
    void aReCheckRanksAnEnsemblesSetsOnTheirMeanAndResumesFromItsOwnCopy() throws IOException {
        Files.writeString(dir.resolve("candidates.csv"), """
                # the closest sets of an earlier round, each run once there
                set,policies.naloxone.kitsPerYearPer100k,use.relapsePerYear
                17,0,0.05
                4,3000,0.2
                9,1000,0.1
                """);
        String sweep = """
                name: recheck
                base: %s
                agents: 1000
                replications: 2
                seed: 99
                design: ensemble
                ensemble: candidates.csv
                set:
                  horizon.start: 2016-01-01
                  horizon.end: 2016-12-31
                  policies.naloxone.level: 1
                measures: [overdose_deaths, people_street]
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath());
        Path plain = dir.resolve("plain");
        CommandLineTest.Outcome first = odsim("sweep", Files.writeString(dir.resolve("recheck.yaml"), sweep).toString(), "-q", "-o", plain.toString());
        assertEquals(0, first.code(), first.err());
        List<String> points = Files.readAllLines(plain.resolve("points.csv"));
        assertEquals("point,policies.naloxone.kitsPerYearPer100k,use.relapsePerYear,measure,period,replications,mean,lower95,upper95,"
                + "difference,differenceLower95,differenceUpper95", points.get(0));
        double street = numbers(points, "1,3000,0.2,people_street,2016,")[1];
        Path withTargets = Files.writeString(dir.resolve("recheck-targets.yaml"), sweep + """
                targets:
                  - {measure: people_street, period: 2016, value: %s, source: "this test: the second set's mean over its 2 histories"}
                ensembleClosest: 1
                """.formatted(odsim.results.Csv.number(street)));
        Path out = dir.resolve("out");
        CommandLineTest.Outcome o = odsim("sweep", withTargets.toString(), "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("closest to the 1 targets: point 1, set 4 of the ensemble re-checked (policies.naloxone.kitsPerYearPer100k = 3000, use.relapsePerYear = 0.2), "
                + "root mean square relative error 0.0%"), o.out());
        assertTrue(o.out().contains("re-check: 0 of the file's first 1 sets (an earlier round's closest, if the file is its ensemble.csv) "
                + "are still among the 1 closest here"), o.out());
        List<String> ensemble = Files.readAllLines(out.resolve("ensemble.csv"));
        assertTrue(ensemble.get(1).contains("# Each of the 3 sets re-checked, those of an earlier ensemble (sets.csv in the sweep's folder, each "
                + "named as there), was scored on its mean over 2 histories."), ensemble.toString());
        assertEquals(List.of("set,policies.naloxone.kitsPerYearPer100k,use.relapsePerYear", "4,3000,0.2"), ensemble.subList(2, 4));

        // Resumed without the file the sets came from: the folder's copy, the same results byte for byte.
        byte[] results = bytes(out.resolve("results.csv")), calibration = bytes(out.resolve("calibration.csv"));
        Files.delete(dir.resolve("candidates.csv"));
        Files.delete(out.resolve("runs/run-00000003.csv"));
        Files.delete(out.resolve("results.csv"));
        CommandLineTest.Outcome resumed = odsim("sweep", "--resume", out.toString(), "-q");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("1 run run now, 5 stored before"), resumed.out());
        assertArrayEquals(results, bytes(out.resolve("results.csv")));
        assertArrayEquals(calibration, bytes(out.resolve("calibration.csv")));

        // Shards of the folder's own sweep.yaml, merged: the same results again.
        String[] merge = {"merge", "", "", "-o", dir.resolve("merged").toString()};
        for (int i = 1; i <= 2; i++) {
            Path shard = dir.resolve("shard" + i);
            CommandLineTest.Outcome s = odsim("sweep", out.resolve("sweep.yaml").toString(), "-q", "--shard", i + "/2", "-o", shard.toString());
            assertEquals(0, s.code(), s.err());
            merge[i] = shard.toString();
        }
        CommandLineTest.Outcome merged = odsim(merge);
        assertEquals(0, merged.code(), merged.err());
        assertArrayEquals(results, bytes(dir.resolve("merged").resolve("results.csv")));
        assertArrayEquals(bytes(out.resolve("ensemble.csv")), bytes(dir.resolve("merged").resolve("ensemble.csv")));
    }

    @Test
    void resumeRunsOnlyWhatIsMissingAndIgnoresTemporaryFiles() throws IOException {
        Path sweep = tinySweep(3), out = dir.resolve("out");
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-o", out.toString()).code());
        byte[] results = bytes(out.resolve("results.csv"));
        Files.delete(out.resolve("runs/run-00000004.csv"));
        Files.delete(out.resolve("runs/run-00000017.csv"));
        Files.delete(out.resolve("results.csv"));
        Path partial = Files.writeString(out.resolve("runs/.run-4-half-written.tmp"), "0,1,2,garbage");
        CommandLineTest.Outcome o = odsim("sweep", "--resume", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("2 runs run now, 16 stored before"), o.out());
        assertFalse(Files.exists(partial));
        assertArrayEquals(results, bytes(out.resolve("results.csv")));
    }

    /**
     * Run files emptied, cut short or swapped are not trusted on resume: they are run again, and
     * the results equal a clean sweep's (issue 18, row 9: they gave exit 0 and wrong results).
     */
    @Test
    void resumeRunsAgainWhatIsStoredDamaged() throws IOException {
        Path sweep = tinySweep(3), out = dir.resolve("out");
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-o", out.toString()).code());
        byte[] results = bytes(out.resolve("results.csv")), points = bytes(out.resolve("points.csv"));
        Files.writeString(out.resolve("runs/run-00000002.csv"), "");
        String five = Files.readString(out.resolve("runs/run-00000005.csv"));
        Files.writeString(out.resolve("runs/run-00000005.csv"), five.substring(0, five.length() / 2));
        Files.writeString(out.resolve("runs/run-00000009.csv"), Files.readString(out.resolve("runs/run-00000010.csv")));
        Files.delete(out.resolve("results.csv"));
        CommandLineTest.Outcome o = odsim("sweep", "--resume", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("3 runs run now, 15 stored before"), o.out());
        assertArrayEquals(results, bytes(out.resolve("results.csv")));
        assertArrayEquals(points, bytes(out.resolve("points.csv")));
    }

    /** Two sweeps into one folder at once: one writes it, the other is refused (a lock), and the results are a clean sweep's. */
    @Test
    void twoSweepsIntoOneFolderAtOnce() throws Exception {
        Path sweep = tinySweep(2), clean = dir.resolve("clean"), shared = dir.resolve("shared");
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-o", clean.toString()).code());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> odsim("sweep", sweep.toString(), "-q", "-o", shared.toString()));
            var b = pool.submit(() -> odsim("sweep", sweep.toString(), "-q", "-o", shared.toString()));
            CommandLineTest.Outcome first = a.get(), second = b.get();
            assertEquals(java.util.Set.of(0, 2), java.util.Set.of(first.code(), second.code()), first.err() + second.err());
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(bytes(clean.resolve("results.csv")), bytes(shared.resolve("results.csv")));
        assertFalse(Files.exists(shared.resolve(".odsim.lock")));
    }

    @Test
    void refusesToMixSweepsInOneFolder() throws IOException {
        Path sweep = tinySweep(3), out = dir.resolve("out");
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-o", out.toString()).code());
        CommandLineTest.Outcome again = odsim("sweep", sweep.toString(), "-q", "-o", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds a sweep; add --resume"), again.err());
        CommandLineTest.Outcome other = odsim("sweep", tinySweep(4).toString(), "-q", "-o", out.toString(), "--resume");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds a different sweep"), other.err());
        assertEquals(2, odsim("sweep", sweep.toString(), "--shard", "4/3", "-o", dir.resolve("x").toString()).code());
    }

    @Test
    void badSweepFileIsExitCodeTwoWithPlaceAndNoStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\nreplications: 2\nparameters:\n  policies.opc.sites: [1, -2]\n");
        CommandLineTest.Outcome o = odsim("sweep", bad.toString(), "-q", "-o", dir.resolve("o").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:4:27: policies.opc.sites: found -2; allowed [0, 10000]"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    /**
     * A real separate process, killed (SIGKILL) while it stores runs, then resumed: the results
     * equal an uninterrupted sweep's byte for byte, with no run lost or repeated.
     */
    @Test
    void killedSweepResumesToTheSameResults() throws Exception {
        Path sweep = tinySweep(40), killed = dir.resolve("killed"), whole = dir.resolve("whole");
        int total = 6 * 40;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "odsim.cli.Main",
                "sweep", sweep.toString(), "-q", "-t", "1", "-o", killed.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.isDirectory(killed.resolve("runs")) && stored(killed) >= 20) && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(20);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        long before = stored(killed);
        assertTrue(before >= 20 && before < total, "killed mid-way: " + before + " of " + total + " runs stored");
        assertFalse(Files.exists(killed.resolve("results.csv")));

        CommandLineTest.Outcome resumed = odsim("sweep", "--resume", killed.toString(), "-q");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains((total - before) + " runs run now, " + before + " stored before"), resumed.out());
        assertEquals(0, odsim("sweep", sweep.toString(), "-q", "-o", whole.toString()).code());
        assertArrayEquals(bytes(whole.resolve("results.csv")), bytes(killed.resolve("results.csv")));
        assertArrayEquals(bytes(whole.resolve("points.csv")), bytes(killed.resolve("points.csv")));
    }
}
