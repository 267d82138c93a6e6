package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    @TempDir
    Path dir;

    private static final String SETTINGS = """
            base: %s
            agents: 3000
            replications: 1
            design: latin-hypercube   # used by odsim sweep; a fit ignores it
            samples: 8
            set:
              horizon.start: 2016-01-01
              horizon.end: 2017-12-31
            """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath());

    /** The model's own overdoses per year and street users at a known setting, as "observed" targets. */
    private String targetsFrom(String... sets) throws IOException {
        Path out = dir.resolve("truth");
        List<String> args = new java.util.ArrayList<>(List.of("run", "scenarios/baseline.yaml", "--agents", "3000", "--replications", "1",
                "-q", "--out", out.toString(), "--set", "horizon.start=2016-01-01", "--set", "horizon.end=2017-12-31"));
        for (String s : sets) args.addAll(List.of("--set", s));
        CommandLineTest.Outcome o = CommandLineTest.odsim(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        StringBuilder t = new StringBuilder("targets:\n");
        for (String[] want : new String[][] {{"overdoses", "2016"}, {"overdoses", "2017"}, {"people_street", "total"}}) {
            String row = summary.stream().filter(l -> l.startsWith("baseline," + want[0] + ",") && l.split(",")[3].equals(want[1]))
                    .findFirst().orElseThrow();
            t.append("  - {measure: ").append(want[0]).append(", period: ").append(want[1]).append(", value: ")
                    .append(row.split(",")[5]).append(", source: \"the model itself\"}\n");
        }
        return t.toString();
    }

    private static double[] bestRow(Path fitCsv) throws IOException {
        List<String> lines = Files.readAllLines(fitCsv);
        return lines.stream().skip(1).map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .min(Comparator.comparingDouble((double[] r) -> r[r.length - 4])).orElseThrow();
    }

    @Test
    void recoversTheParameterThatMadeTheTargets() throws IOException {
        Path file = Files.writeString(dir.resolve("fit.yaml"), "name: recover\n" + SETTINGS + """
                parameters:
                  overdose.halfRatio: {min: 5, max: 12}
                measures: [overdoses, people_street]
                """ + targetsFrom("overdose.halfRatio=7"));
        Path out = dir.resolve("fitted");
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", file.toString(), "-n", "30", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("best: overdose.halfRatio = "), o.out());
        assertTrue(!o.out().contains("note:"), "the best lies inside the range: " + o.out());
        assertTrue(o.out().contains("check it with more replications: odsim run " + out.resolve("fitted.yaml") + " --replications 20"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("evaluation,overdose.halfRatio,error,overdoses@2016,overdoses@2017,people_street@total", rows.get(0));
        assertTrue(rows.size() >= 6 && rows.size() <= 31, rows.size() + " rows");
        double[] best = bestRow(out.resolve("fit.csv"));
        assertEquals(7, best[1], 0.4, "fitted half ratio");
        assertTrue(best[2] < 0.03, "error " + best[2]);
        // The first evaluation, the middle of the range (8.5), is far off: the search moved.
        assertTrue(Double.parseDouble(rows.get(1).split(",")[2]) > 5 * best[2], rows.get(1));

        // fitted.yaml is the best evaluation's scenario: run alone, it gives that evaluation's values.
        Path again = dir.resolve("again");
        CommandLineTest.Outcome run = CommandLineTest.odsim("run", out.resolve("fitted.yaml").toString(), "--replications", "1", "-q",
                "--out", again.toString());
        assertEquals(0, run.code(), run.err());
        String deaths2016 = Files.readAllLines(again.resolve("summary.csv")).stream()
                .filter(l -> l.split(",")[1].equals("overdoses") && l.split(",")[3].equals("2016")).findFirst().orElseThrow().split(",")[5];
        assertEquals(best[3], Double.parseDouble(deaths2016), 1e-9);
        assertTrue(Files.exists(out.resolve("base.yaml")) && Files.exists(out.resolve("fit.yaml")));
    }

    /** A fit that ends at the end of a range says so: the best value may lie beyond it (issue 19). */
    @Test
    void aFitAtTheEdgeOfItsRangeSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("edge.yaml"), "name: edge\n" + SETTINGS + """
                parameters:
                  overdose.halfRatio: {min: 8, max: 12}
                measures: [overdoses, people_street]
                """ + targetsFrom("overdose.halfRatio=6"));
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", file.toString(), "-n", "15", "-q", "-o", dir.resolve("edge").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("note: overdose.halfRatio ended near the lower end of its range"), o.out());
        assertTrue(o.out().contains("widen the range"), o.out());
    }

    @Test
    void twoParametersWithBobyqa() throws IOException {
        Path file = Files.writeString(dir.resolve("fit2.yaml"), "name: two\n" + SETTINGS + """
                parameters:
                  overdose.halfRatio: {min: 5, max: 12}
                  use.streetCessationPerYear: {min: 0.02, max: 0.4}
                measures: [overdoses, people_street]
                """ + targetsFrom("overdose.halfRatio=7", "use.streetCessationPerYear=0.25"));
        Path out = dir.resolve("fitted2");
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", file.toString(), "-n", "25", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("fit.csv"));
        assertTrue(rows.size() >= 1 + 6 && rows.size() <= 1 + 25, rows.size() + " rows: 2n + 1 to start, at most the budget");
        double first = Double.parseDouble(rows.get(1).split(",")[3]);
        double[] best = bestRow(out.resolve("fit.csv"));
        assertTrue(best[3] < first / 3, "best error " + best[3] + " against " + first + " at the middle");
    }

    private static final String TWO_PARAMETERS = """
            parameters:
              overdose.halfRatio: {min: 5, max: 12}
              use.streetCessationPerYear: {min: 0.02, max: 0.4}
            measures: [overdoses, people_street]
            """;

    /**
     * --start takes the row with the least error of an earlier search and evaluates it first, as
     * written: even near an end of a range, where BOBYQA would otherwise move it a first step inside.
     */
    @Test
    void startsFromTheClosestPointOfAnEarlierSearch() throws IOException {
        Path file = Files.writeString(dir.resolve("fit-start.yaml"), "name: start\n" + SETTINGS + TWO_PARAMETERS
                + targetsFrom("overdose.halfRatio=7", "use.streetCessationPerYear=0.25"));
        Path calibration = Files.writeString(dir.resolve("calibration.csv"), """
                point,overdose.halfRatio,use.streetCessationPerYear,error,rank,accepted,overdoses@2016
                0,11,0.1,0.4,3,no,120
                1,6.00001234,0.25,0.05,1,no,300
                2,9,0.3,0.2,2,no,200
                """);
        Path out = dir.resolve("from-start");
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", file.toString(), "-n", "9", "--start", calibration.toString(), "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("start: overdose.halfRatio = 6.00001234, use.streetCessationPerYear = 0.25 (" + calibration
                + ", line 3, error 5.00% there)"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("fit.csv"));
        String[] first = rows.get(1).split(",");
        assertEquals("6.00001234", first[1], "the start, 0.14 of the range from its lower end, evaluated as written (not rounded, not moved)");
        assertEquals("0.25", first[2]);
        double[] best = bestRow(out.resolve("fit.csv"));
        assertTrue(best[3] < Double.parseDouble(first[3]) / 2, "the search moved from the start (a half ratio of 6 against 7) to a closer point: "
                + best[3] + " against " + first[3]);
        assertTrue(Files.readString(out.resolve("fit.yaml")).contains("--start " + calibration.toAbsolutePath()), "fit.yaml says how to run it again");

        // Started from that fit's fit.csv, a fit's first evaluation is its best row again: the same values, the same error.
        Path again = dir.resolve("from-fit");
        CommandLineTest.Outcome a = CommandLineTest.odsim("fit", file.toString(), "-n", "1", "-q", "--start", out.resolve("fit.csv").toString(),
                "-o", again.toString());
        assertEquals(0, a.code(), a.err());
        double[] restarted = bestRow(again.resolve("fit.csv"));
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(best, 1, best.length)),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(restarted, 1, restarted.length)));

        // An ensemble (sets best first, no error column) starts from its first set; its other columns are named as not fitted.
        Path ensemble = Files.writeString(dir.resolve("ensemble.csv"), """
                # the closest first
                set,overdose.halfRatio,use.streetCessationPerYear,use.relapsePerYear
                a,7.5,0.2,0.12
                b,8,0.3,0.1
                """);
        CommandLineTest.Outcome e = CommandLineTest.odsim("fit", file.toString(), "-n", "1", "--start", ensemble.toString(), "-o",
                dir.resolve("from-ensemble").toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("start: overdose.halfRatio = 7.5, use.streetCessationPerYear = 0.2 (" + ensemble + ", line 3)"), e.out());
        assertTrue(e.out().contains("note: the start's other parameters (use.relapsePerYear) are not fitted"), e.out());
    }

    /** A sampled sweep prints the fit that starts from its closest point; run, its first evaluation scores as the sweep did there. */
    @Test
    void aSweepSaysHowToSearchFromItsClosestPoint() throws IOException {
        Path file = Files.writeString(dir.resolve("sampled.yaml"), "name: sampled\n" + SETTINGS + TWO_PARAMETERS
                + targetsFrom("overdose.halfRatio=7", "use.streetCessationPerYear=0.25"));
        Path swept = dir.resolve("swept");
        CommandLineTest.Outcome sweep = CommandLineTest.odsim("sweep", file.toString(), "-q", "-o", swept.toString());
        assertEquals(0, sweep.code(), sweep.err());
        String hint = "to search from it: odsim fit " + swept.resolve("sweep.yaml") + " --start " + swept.resolve("calibration.csv");
        assertTrue(sweep.out().contains(hint), sweep.out());
        Path out = dir.resolve("searched");
        CommandLineTest.Outcome fit = CommandLineTest.odsim("fit", swept.resolve("sweep.yaml").toString(), "--start", swept.resolve("calibration.csv").toString(),
                "-n", "1", "-q", "-o", out.toString());
        assertEquals(0, fit.code(), fit.err());
        String closestError = Files.readAllLines(swept.resolve("calibration.csv")).stream().skip(1).map(l -> l.split(","))
                .filter(r -> r[4].equals("1")).findFirst().orElseThrow()[3];
        assertEquals(closestError, Files.readAllLines(out.resolve("fit.csv")).get(1).split(",")[3], "the fit's first evaluation is the sweep's closest point");
    }

    @Test
    void aStartThatDoesNotFitIsNamedAtItsPlace() throws IOException {
        String targets = targetsFrom("overdose.halfRatio=7");
        Path file = Files.writeString(dir.resolve("fit-bad-start.yaml"), "name: badstart\n" + SETTINGS + TWO_PARAMETERS + targets);
        Path missingColumn = Files.writeString(dir.resolve("one-column.csv"), "point,overdose.halfRatio,error\n0,7,0.1\n");
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", file.toString(), "--start", missingColumn.toString(), "-o", dir.resolve("a").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains(missingColumn + ":1:1: header: no column use.streetCessationPerYear, a parameter the fit varies; "
                + "the file's parameter columns: overdose.halfRatio"), o.err());
        Path outside = Files.writeString(dir.resolve("outside.csv"), "point,overdose.halfRatio,use.streetCessationPerYear,error\n0,14,0.1,0.1\n");
        CommandLineTest.Outcome out = CommandLineTest.odsim("fit", file.toString(), "--start", outside.toString(), "-o", dir.resolve("b").toString());
        assertEquals(2, out.code());
        assertTrue(out.err().contains(outside + ":2:3: overdose.halfRatio: found 14, outside the range the fit searches, 5 to 12"), out.err());
        Path whole = Files.writeString(dir.resolve("whole.yaml"), "name: whole\n" + SETTINGS + """
                parameters:
                  overdose.halfRatio: {min: 5, max: 12}
                  policies.opc.sites: {min: 0, max: 4, integer: true}
                measures: [overdoses, people_street]
                """ + targets);
        Path half = Files.writeString(dir.resolve("half.csv"), "point,overdose.halfRatio,policies.opc.sites,error\n0,7,1.5,0.1\n");
        CommandLineTest.Outcome notWhole = CommandLineTest.odsim("fit", whole.toString(), "--start", half.toString(), "-o", dir.resolve("c").toString());
        assertEquals(2, notWhole.code());
        assertTrue(notWhole.err().contains(half + ":2:5: policies.opc.sites: found 1.5; the fit's range is of whole numbers"), notWhole.err());
        CommandLineTest.Outcome none = CommandLineTest.odsim("fit", file.toString(), "--start", dir.resolve("nowhere.csv").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("nowhere.csv: --start: cannot read it (no such file)"), none.err());
        for (CommandLineTest.Outcome bad : List.of(o, out, notWhole, none)) assertTrue(!bad.err().contains("Exception"), bad.err());
        assertTrue(!Files.exists(dir.resolve("a")), "nothing written before the start is read");
    }

    @Test
    void refusesWhatCannotBeFitted() throws IOException {
        Path noTargets = Files.writeString(dir.resolve("no-targets.yaml"), "name: bad\n" + SETTINGS + """
                parameters:
                  overdose.halfRatio: [6, 8]
                measures: [overdoses]
                """);
        CommandLineTest.Outcome o = CommandLineTest.odsim("fit", noTargets.toString(), "-o", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no-targets.yaml: targets: missing"), o.err());
        assertTrue(o.err().contains("no-targets.yaml:11:3: parameters.overdose.halfRatio: a fit needs a range"), o.err());
        assertTrue(!o.err().contains("Exception"), o.err());
        CommandLineTest.Outcome zero = CommandLineTest.odsim("fit", noTargets.toString(), "-n", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--evaluations: found 0; allowed 1 to 100000"), zero.err());
    }
}
