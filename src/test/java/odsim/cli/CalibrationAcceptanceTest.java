package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import odsim.engine.OverdoseSim;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration by acceptance against observed series read from a CSV file: the model's own output
 * at known parameters, given as targets with 10% ranges, is accepted at those parameters and not
 * far from them; a targets file with problems is refused with exit code 2 at its file, line and
 * column.
 */
class CalibrationAcceptanceTest {
    @TempDir
    Path dir;

    private static final String SWEEP = """
            base: %s
            agents: 4000
            replications: 1
            set: {horizon.end: 2017-12-31}
            parameters:
              overdose.halfRatio: [5.0, 7.25, 11.0]
            measures: [overdose_deaths_per_100k]
            targetsFile: %s
            """;

    @Test
    void knownParametersAreAcceptedAndDistantOnesAreNot() throws IOException {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path targets = modelsOwnTargets(baseline);
        Path sweep = Files.writeString(dir.resolve("s.yaml"), SWEEP.formatted(baseline, targets));
        Path out = dir.resolve("out");
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-t", "2", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> accepted = Files.readAllLines(out.resolve("accepted.csv"));
        assertTrue(accepted.get(0).startsWith("point,overdose.halfRatio,error,overdose_deaths_per_100k@2015"), accepted.get(0));
        assertEquals(2, accepted.size(), "only the known value is accepted: " + accepted);
        assertTrue(accepted.get(1).startsWith("1,7.25,"), accepted.get(1));
        List<String> calibration = Files.readAllLines(out.resolve("calibration.csv"));
        assertTrue(calibration.get(0).contains(",error,rank,accepted,"), calibration.get(0));
        assertTrue(calibration.stream().filter(l -> l.startsWith("0,") || l.startsWith("2,")).allMatch(l -> l.contains(",false,")), calibration.toString());
        // The ensemble a comparison can run under: the accepted set, saying where it comes from.
        List<String> ensemble = Files.readAllLines(out.resolve("ensemble.csv"));
        assertTrue(ensemble.get(0).startsWith("# Calibrated by the sweep s (grid, 3 points x 1 replication of 4000 agents) against 3 targets "
                + "(overdose_deaths_per_100k 2015 to 2017): the 1 of 3 points inside every target's range"), ensemble.get(0));
        assertEquals(List.of("set,overdose.halfRatio", "1,7.25"), ensemble.subList(1, ensemble.size()));
        assertTrue(o.out().contains("ensemble: " + out.resolve("ensemble.csv")), o.out());
        // Stopped before the accepted point's run was stored, the calibration resumes to the same ensemble, byte for byte.
        byte[] whole = Files.readAllBytes(out.resolve("ensemble.csv"));
        Files.delete(out.resolve("runs/run-00000001.csv"));
        Files.delete(out.resolve("ensemble.csv"));
        CommandLineTest.Outcome resumed = CommandLineTest.odsim("sweep", "--resume", out.toString(), "-q", "-t", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("1 run run now, 2 stored before"), resumed.out());
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(out.resolve("ensemble.csv"))), "the same ensemble after resuming");

        // Asked for the two closest instead (a tolerance set as a share of the points): the known value first.
        Path closest = Files.writeString(dir.resolve("closest.yaml"), SWEEP.formatted(baseline, targets) + "ensembleClosest: 2\n");
        Path out2 = dir.resolve("out2");
        CommandLineTest.Outcome o2 = CommandLineTest.odsim("sweep", closest.toString(), "-q", "-t", "2", "-o", out2.toString());
        assertEquals(0, o2.code(), o2.err());
        List<String> two = Files.readAllLines(out2.resolve("ensemble.csv"));
        assertTrue(two.get(0).contains("the 2 of 3 points closest to the targets (1 of the 3 inside every target's range)"), two.get(0));
        assertEquals(4, two.size(), two.toString());
        assertEquals("1,7.25", two.get(2));
    }

    @Test
    void ensembleClosestNeedsTargets() throws IOException {
        Path sweep = Files.writeString(dir.resolve("s.yaml"), SWEEP.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), "x")
                .replace("targetsFile: x\n", "") + "ensembleClosest: 3\n");
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("s.yaml:8:1: ensembleClosest: only with targets"), o.err());
    }

    /** Targets made by the model itself at halfRatio 7.25 (the baseline's), replication 0 as the sweep runs it, with 10% ranges. */
    private Path modelsOwnTargets(Path baseline) throws IOException {
        Scenario shipped = ScenarioLoader.load(baseline);
        Scenario truth = shipped.withAgents(4000).withHorizon(new odsim.scenario.Horizon(java.time.LocalDate.of(2015, 1, 1),
                java.time.LocalDate.of(2017, 12, 31), shipped.horizon().warmUpYears()));
        RunResult r = OverdoseSim.run(truth, 0, 2, null);
        StringBuilder csv = new StringBuilder("year,measure,value,lower,upper,source\n");
        double[] deaths = r.series(Measure.OVERDOSE_DEATHS);
        for (int year = 2015; year <= 2017; year++) {
            double sum = 0;
            for (int d = 0; d < deaths.length; d++) if (r.start().plusDays(d).getYear() == year) sum += deaths[d];
            double per100k = sum * 100_000 / r.regionPopulation();
            csv.append(String.format(Locale.ROOT, "%d,overdose_deaths_per_100k,%.6f,%.6f,%.6f,the model at halfRatio 7.25%n",
                    year, per100k, per100k * 0.9, per100k * 1.1));
        }
        return Files.writeString(dir.resolve("targets.csv"), csv);
    }

    /**
     * Fitted to 2015-2016 only, the accepted sets' values for 2017 are set beside the observed
     * value, out of sample: the known value predicts its own 2017 inside the range.
     */
    @Test
    void heldOutYearsAreNotFittedButPredicted() throws IOException {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path sweep = Files.writeString(dir.resolve("s.yaml"), SWEEP.formatted(baseline, modelsOwnTargets(baseline)) + "holdOutFrom: 2017\n");
        Path out = dir.resolve("out");
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-t", "2", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("ensemble-targets.csv"));
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("overdose_deaths_per_100k,2015,fitted,"), rows.get(1));
        assertTrue(rows.get(3).startsWith("overdose_deaths_per_100k,2017,held out,"), rows.get(3));
        assertTrue(rows.get(3).contains(",true,the model at halfRatio 7.25"), rows.get(3));
        assertTrue(o.out().contains("out of sample (held out from 2017): the ensemble's median inside 1 of 1 held-out targets' ranges"), o.out());
        assertTrue(Files.readAllLines(out.resolve("ensemble.csv")).get(0).contains("against 2 targets (overdose_deaths_per_100k 2015 to 2016; later years held out)"));
        // The diagnostics: observed against the ensemble by year, and the kept values within the prior.
        assertTrue(Files.size(out.resolve("ensemble-targets-overdose_deaths_per_100k.png")) > 1000);
        assertTrue(Files.readString(out.resolve("ensemble-targets-overdose_deaths_per_100k.svg")).contains("held out: not fitted"));
        // Holding out every target, or none, leaves nothing to fit or to predict.
        Path all = Files.writeString(dir.resolve("all.yaml"), SWEEP.formatted(baseline, dir.resolve("targets.csv")) + "holdOutFrom: 2000\n");
        CommandLineTest.Outcome bad = CommandLineTest.odsim("sweep", all.toString(), "-q", "-o", dir.resolve("bad").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("all.yaml:9:1: holdOutFrom: found 2000, which holds out every target"), bad.err());
    }

    @Test
    void aTargetsFileWithProblemsIsRefusedAtItsLineAndColumn() throws IOException {
        Path targets = Files.writeString(dir.resolve("bad.csv"), """
                year,measure,value,lower,upper,source
                2016,overdose_deaths_per_100kk,13,12,14,somewhere
                2016,overdose_deaths_per_100k,13,15,14,somewhere
                20x6,overdose_deaths_per_100k,13,,14,somewhere
                """);
        Path sweep = Files.writeString(dir.resolve("s.yaml"), SWEEP.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), targets));
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("bad.csv:2:6: measure: found 'overdose_deaths_per_100kk'; did you mean 'overdose_deaths_per_100k'?"), o.err());
        assertTrue(o.err().contains("bad.csv:3:34: lower: found 15 above upper 14"), o.err());
        assertTrue(o.err().contains("bad.csv:4:1: year: found '20x6'"), o.err());
        assertTrue(o.err().contains("bad.csv:4:"), o.err());
        assertTrue(!o.err().contains("Exception"), o.err());
    }

    @Test
    void aTargetOutsideTheHorizonIsRefused() throws IOException {
        Path targets = Files.writeString(dir.resolve("late.csv"), "year,measure,value,lower,upper,source\n2031,overdose_deaths_per_100k,13,12,14,somewhere\n");
        Path sweep = Files.writeString(dir.resolve("s.yaml"), SWEEP.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), targets));
        CommandLineTest.Outcome o = CommandLineTest.odsim("sweep", sweep.toString(), "-q", "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("late.csv:2:1") && o.err().contains("outside the horizon"), o.err());
    }
}
