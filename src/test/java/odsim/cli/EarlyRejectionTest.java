package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early rejection ({@code rejectBeyond}): against targets the model made at a known parameter, a
 * history is stopped exactly when, and in the year, its whole run would first be off by more than
 * the threshold; the years it ran are those of its whole run, bit for bit; the known point is still
 * accepted and the stopped ones rank last; a stopped calibration resumes to the same files, and
 * shards merged give them too; and a threshold narrower than a target's range, or with
 * replications, is refused.
 */
class EarlyRejectionTest {
    @TempDir
    Path dir;

    private static final String SWEEP = """
            base: %s
            agents: 6000
            replications: 1
            set: {horizon.end: 2018-12-31}
            parameters:
              overdose.halfRatio: [2.5, 5.0, 8.8, 20.0, 40.0]
            measures: [overdose_deaths_per_100k, people_street, overdose_deaths_fentanyl_share_of_overdose_deaths]
            targetsFile: %s
            """;
    private static final double BEYOND = 0.35;

    @Test
    void stopsAHistoryInTheYearItsWholeRunFirstMissesByMoreThanTheThreshold() throws IOException {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path targets = targets(baseline);
        Path whole = Files.writeString(dir.resolve("whole.yaml"), SWEEP.formatted(baseline, targets));
        Path early = Files.writeString(dir.resolve("early.yaml"), SWEEP.formatted(baseline, targets) + "rejectBeyond: " + BEYOND + "\n");
        CommandLineTest.Outcome w = CommandLineTest.odsim("sweep", whole.toString(), "-q", "-t", "2", "-o", dir.resolve("w").toString());
        assertEquals(0, w.code(), w.err());
        CommandLineTest.Outcome e = CommandLineTest.odsim("sweep", early.toString(), "-q", "-t", "2", "-o", dir.resolve("e").toString());
        assertEquals(0, e.code(), e.err());

        // From the whole runs: the first year (the last is never stopped in) off by more than the threshold.
        Map<String, Double> observed = observed(targets);
        List<String> wholeRows = Files.readAllLines(dir.resolve("w/results.csv"));
        Map<Integer, Integer> expected = new HashMap<>();
        for (int point = 0; point < 5; point++) {
            for (int year = 2015; year <= 2017; year++) {
                double model = value(wholeRows, point, "overdose_deaths_per_100k", year), obs = observed.get(String.valueOf(year));
                if (Math.abs(model - obs) > BEYOND * obs) {
                    expected.put(point, year);
                    break;
                }
            }
        }
        assertTrue(expected.size() >= 2 && !expected.containsKey(2), "the extremes miss and the known value does not: " + expected);

        List<String> calibration = Files.readAllLines(dir.resolve("e/calibration.csv"));
        assertTrue(calibration.get(0).endsWith(",error,rank,accepted,rejected_in,overdose_deaths_per_100k@2015,overdose_deaths_per_100k@2016,"
                + "overdose_deaths_per_100k@2017,overdose_deaths_per_100k@2018,overdose_deaths_fentanyl_share_of_overdose_deaths@2016"), calibration.get(0));
        List<String> earlyRows = Files.readAllLines(dir.resolve("e/results.csv"));
        for (int point = 0; point < 5; point++) {
            String[] row = calibration.get(point + 1).split(",", -1);
            Integer year = expected.get(point);
            assertEquals(year == null ? "" : String.valueOf(year), row[5], "rejected_in of point " + point);
            if (year != null) {
                assertEquals("", row[2], "a stopped history has no error");
                assertTrue(Integer.parseInt(row[3]) > 5 - expected.size(), "a stopped history ranks after every whole one: " + calibration);
                assertEquals("false", row[4]);
                assertTrue(earlyRows.contains(point + ",0," + seed(wholeRows, point) + "," + level(point) + ",rejected,overdose_deaths_per_100k," + year),
                        "the run ends saying so: " + earlyRows);
            }
            // Every row a run wrote is its whole run's row, bit for bit (every measure, every year it ran).
            List<String> written = rowsOf(earlyRows, point).stream().filter(r -> !r.contains(",rejected,")).toList();
            List<String> all = rowsOf(wholeRows, point);
            assertTrue(all.containsAll(written), "point " + point + ": " + written);
            int years = year == null ? 5 : year - 2014; // four years and the total when whole
            assertEquals(3 * years, written.size(), "point " + point + ": " + written);
        }
        assertTrue(calibration.get(3).startsWith("2,8.8,") && calibration.get(3).contains(",1,true,,"), calibration.get(3));
        assertTrue(e.out().contains("stopped early: " + expected.size() + " of 5 histories, a fitted year off by more than 35% of its value ("), e.out());
        assertEquals(Files.readAllLines(dir.resolve("w/ensemble.csv")).subList(1, 3), Files.readAllLines(dir.resolve("e/ensemble.csv")).subList(1, 3),
                "the same accepted set");

        // Stopped before one stopped history and one whole one were stored, it resumes to the same files.
        byte[] before = Files.readAllBytes(dir.resolve("e/calibration.csv"));
        byte[] results = Files.readAllBytes(dir.resolve("e/results.csv"));
        int stopped = expected.keySet().iterator().next();
        Files.delete(dir.resolve(String.format(Locale.ROOT, "e/runs/run-%08d.csv", stopped)));
        Files.delete(dir.resolve("e/runs/run-00000002.csv"));
        Files.delete(dir.resolve("e/calibration.csv"));
        CommandLineTest.Outcome resumed = CommandLineTest.odsim("sweep", "--resume", dir.resolve("e").toString(), "-q", "-t", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("2 runs run now, 3 stored before"), resumed.out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("e/calibration.csv")));
        assertArrayEquals(results, Files.readAllBytes(dir.resolve("e/results.csv")));

        // Run as two shards (a Slurm array's tasks) and merged, it gives the single machine's files.
        for (int i = 1; i <= 2; i++) {
            CommandLineTest.Outcome shard = CommandLineTest.odsim("sweep", early.toString(), "-q", "--shard", i + "/2", "-o", dir.resolve("s" + i).toString());
            assertEquals(0, shard.code(), shard.err());
        }
        CommandLineTest.Outcome merged = CommandLineTest.odsim("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "-o",
                dir.resolve("m").toString());
        assertEquals(0, merged.code(), merged.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("m/calibration.csv")));
        assertArrayEquals(results, Files.readAllBytes(dir.resolve("m/results.csv")));
    }

    @Test
    void aThresholdNarrowerThanARangeOrWithReplicationsIsRefused() throws IOException {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path targets = targets(baseline);
        Path narrow = Files.writeString(dir.resolve("narrow.yaml"), SWEEP.formatted(baseline, targets) + "rejectBeyond: 0.05\n");
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", narrow.toString(), "-q", "-o", dir.resolve("n").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("narrow.yaml:9:1: rejectBeyond: found 0.05, narrower than the range of every fitted target (the narrowest: "
                + "overdose_deaths_per_100k@2015"), o.err());
        assertTrue(o.err().contains("allowed: at least 0.1: only a target whose range lies within the threshold stops a history"), o.err());
        Path reps = Files.writeString(dir.resolve("reps.yaml"), SWEEP.formatted(baseline, targets).replace("replications: 1", "replications: 2")
                + "rejectBeyond: 0.5\n");
        CommandLineTest.Outcome r = CommandLineTest.odsim("sweep", reps.toString(), "-q", "-o", dir.resolve("r").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("reps.yaml:9:1: rejectBeyond: only with replications: 1 (found 2)"), r.err());
        Path none = Files.writeString(dir.resolve("none.yaml"), SWEEP.formatted(baseline, targets).replace("targetsFile: " + targets + "\n", "")
                + "rejectBeyond: 0.5\n");
        CommandLineTest.Outcome n = CommandLineTest.odsim("sweep", none.toString(), "-q", "-o", dir.resolve("x").toString());
        assertEquals(2, n.code(), n.err());
        assertTrue(n.err().contains("none.yaml:8:1: rejectBeyond: only with fitted targets of a calendar year that give a range"), n.err());
    }

    /**
     * The model's deaths per 100,000 at halfRatio 8.8, 2015-2018, with 10% ranges: made by a sweep of
     * that one point; and its fentanyl share of deaths in 2016 put 30% of its value below, with a
     * range of 50% either side: the known point is off by more than the threshold on it, yet inside
     * its range, so it must not be stopped on it (a target wider than the threshold never stops a history).
     */
    private Path targets(Path baseline) throws IOException {
        Path own = Files.writeString(dir.resolve("own.yaml"), SWEEP.formatted(baseline, "x").replace("targetsFile: x\n", "")
                .replace("[2.5, 5.0, 8.8, 20.0, 40.0]", "[8.8]"));
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", own.toString(), "-q", "-o", dir.resolve("own").toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(dir.resolve("own/results.csv"));
        StringBuilder csv = new StringBuilder("year,measure,value,lower,upper,source\n");
        for (int year = 2015; year <= 2018; year++) {
            double v = value(rows, 0, "overdose_deaths_per_100k", year);
            csv.append(String.format(Locale.ROOT, "%d,overdose_deaths_per_100k,%s,%s,%s,the model at halfRatio 8.8%n", year, v, 0.9 * v, 1.1 * v));
        }
        double share = 0.7 * value(rows, 0, "overdose_deaths_fentanyl_share_of_overdose_deaths", 2016);
        csv.append(String.format(Locale.ROOT, "2016,overdose_deaths_fentanyl_share_of_overdose_deaths,%s,%s,%s,0.7 times the model's%n", share, 0.5 * share, 1.5 * share));
        return Files.writeString(dir.resolve("targets.csv"), csv);
    }

    private static Map<String, Double> observed(Path targets) throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (String line : Files.readAllLines(targets).subList(1, 5)) out.put(line.split(",")[0], Double.parseDouble(line.split(",")[2]));
        return out;
    }

    private static String level(int point) {
        return List.of("2.5", "5.0", "8.8", "20.0", "40.0").get(point);
    }

    private static List<String> rowsOf(List<String> rows, int point) {
        List<String> out = new ArrayList<>();
        for (String r : rows.subList(1, rows.size())) if (r.startsWith(point + ",")) out.add(r);
        return out;
    }

    private static String seed(List<String> rows, int point) {
        return rowsOf(rows, point).get(0).split(",")[2];
    }

    private static double value(List<String> rows, int point, String measure, int year) {
        for (String r : rowsOf(rows, point)) {
            String[] f = r.split(",");
            if (f[4].equals(String.valueOf(year)) && f[5].equals(measure)) return Double.parseDouble(f[6]);
        }
        throw new AssertionError("no " + measure + " in " + year + " for point " + point);
    }
}
