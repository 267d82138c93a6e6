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
