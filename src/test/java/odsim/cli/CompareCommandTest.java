package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    private Path scenario(String name, String extra) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), """
                extends: %s
                name: %s
                population: {agents: 4000}
                horizon: {start: 2019-01-01, end: 2020-12-31}
                %s
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath(), name, extra));
    }

    /** A scenario compared with itself: exactly zero deaths averted and zero net cost, in every replication. */
    @Test
    void aScenarioComparedWithItselfAvertsNothingAndCostsNothing() throws IOException {
        Path a = scenario("same", ""), b = scenario("same-again", "");
        Path out = dir.resolve("out");
        var o = CommandLineTest.odsim("compare", a.toString(), b.toString(), "-r", "3", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(rows.contains("same-again,deaths_averted,deaths,3,0,0,0"), String.join("\n", rows));
        assertTrue(rows.contains("same-again,net_cost,USD,3,0,0,0"), String.join("\n", rows));
        assertTrue(Files.exists(out.resolve("same/series.csv")) && Files.exists(out.resolve("same-again/summary.csv")));
        assertTrue(o.out().contains("| same-again |"), o.out());
        // The report's appraisal: zero on every outcome and under every perspective, intervals included.
        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        for (String item : List.of("deaths_averted,,deaths", "life_years_saved,,years", "qalys_gained,,QALYs (discounted)",
                "net_cost_government,,USD (discounted)")) {
            assertTrue(report.contains("headline,same-again," + item + ",0,0,0," + odsim.report.ReportCsv.CI), item + "\n" + String.join("\n", report));
        }
        for (odsim.scenario.Perspective p : odsim.scenario.Perspective.ALL) {
            assertTrue(report.contains("net_cost_by_perspective,same-again," + p.label() + ",,USD (discounted),0,0,0," + odsim.report.ReportCsv.CI), p.label());
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("none averted"));
    }

    /**
     * With a warm-up, the scenarios share the baseline's: the baseline's results are those of
     * running it alone, and the alternative starts from the same population on the start date.
     */
    @Test
    void scenariosShareTheBaselinesWarmUp() throws IOException {
        Path base = warmed(scenario("warm", ""), 3);
        Path alt = warmed(scenario("warm-naloxone", "policies: {naloxone: {level: 1}}"), 3);
        Path out = dir.resolve("out"), alone = dir.resolve("alone");
        var o = CommandLineTest.odsim("compare", base.toString(), alt.toString(), "-r", "2", "-q", "-p", "day", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        var r = CommandLineTest.odsim("run", base.toString(), "-r", "2", "-q", "-p", "day", "-o", alone.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(alone.resolve("series.csv")), Files.readString(out.resolve("warm/series.csv")));
        // The same people on the start date: the policy has not acted yet.
        List<String> baseRows = Files.readAllLines(out.resolve("warm/series.csv"));
        List<String> altRows = Files.readAllLines(out.resolve("warm-naloxone/series.csv"));
        assertFalse(firstDay(baseRows, "people_street").isEmpty());
        assertEquals(firstDay(baseRows, "people_street"), firstDay(altRows, "people_street"));
        assertTrue(o.out().contains("after a warm-up of 3 years"), o.out());
    }

    /** The scenario file with a warm-up of {@code years}. */
    private static Path warmed(Path file, int years) throws IOException {
        return Files.writeString(file, Files.readString(file).replace("end: 2020-12-31}", "end: 2020-12-31, warmUpYears: " + years + "}"));
    }

    /** Rows of the start date for one measure, without the scenario's name. */
    private static List<String> firstDay(List<String> rows, String measure) {
        return rows.stream().filter(l -> l.contains(",2019-01-01," + measure + ",")).map(l -> l.substring(l.indexOf(','))).toList();
    }

    @Test
    void withAWarmUpAnotherPopulationIsRefused() throws IOException {
        Path base = warmed(scenario("warm", ""), 1);
        Path alt = warmed(scenario("warm-men", ""), 1);
        Files.writeString(alt, Files.readString(alt).replace("{agents: 4000}", "{agents: 4000, shareMale: 0.5}"));
        var o = CommandLineTest.odsim("compare", base.toString(), alt.toString(), "-r", "1", "-q", "-o", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("warm-men.yaml") && o.err().contains("population section differs from the baseline's"), o.err());
    }

    /** Names that differ only in characters unsafe in a file name would share a results folder: refused before anything runs. */
    @Test
    void namesThatWouldShareAFolderAreRefused() throws IOException {
        Path a = scenario("a-pipe", ""), b = scenario("a-question", "");
        Files.writeString(a, Files.readString(a).replace("name: a-pipe", "name: 'a | b'"));
        Files.writeString(b, Files.readString(b).replace("name: a-question", "name: 'a ? b'"));
        Path out = dir.resolve("out");
        var o = CommandLineTest.odsim("compare", a.toString(), b.toString(), "-r", "1", "-q", "-o", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("would share the results folder 'a___b'"), o.err());
        assertFalse(Files.exists(out.resolve("a___b")), "nothing ran");
    }

    @Test
    void aComparisonFileNamesBaselineAlternativesAndSettings() throws IOException {
        scenario("base", "");
        scenario("alt", "policies: {naloxone: {level: 1}}");
        Path file = Files.writeString(dir.resolve("cmp.yaml"), """
                name: small
                baseline: base.yaml
                alternatives: [alt.yaml]
                replications: 2
                agents: 2000
                discountRate: 0.05
                perspective: health_system
                horizon: {start: 2019-01-01, end: 2019-06-30}
                """);
        Path out = dir.resolve("out3");
        var o = CommandLineTest.odsim("compare", file.toString(), "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("2 replications of 2000 agents"), o.out());
        assertTrue(o.out().contains("2019-01-01 to 2019-06-30"), o.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("health system perspective, discounted at 5% a year"), html.substring(0, 2000));
        for (String chart : List.of("deaths-over-time", "deaths-averted", "costs-0-base", "costs-1-alt", "cost-effectiveness-plane")) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 1000, chart);
            assertTrue(Files.readString(out.resolve("charts/" + chart + ".svg")).startsWith("<?xml"), chart);
            // For slides: the same chart at twice the resolution (issue 19).
            java.awt.image.BufferedImage one = javax.imageio.ImageIO.read(out.resolve("charts/" + chart + ".png").toFile());
            java.awt.image.BufferedImage two = javax.imageio.ImageIO.read(out.resolve("charts/" + chart + "@2x.png").toFile());
            assertEquals(2 * one.getWidth(), two.getWidth(), chart);
            assertEquals(2 * one.getHeight(), two.getHeight(), chart);
        }
        // The chart files carry their title inside (a chart pasted into a slide keeps its meaning); the page's copy does not repeat it.
        String svg = Files.readString(out.resolve("charts/deaths-over-time.svg"));
        assertTrue(svg.contains("Overdose deaths per year"), "title inside the file");
        int inline = html.indexOf("<figure id=\"chart-deaths-over-time\">");
        String figure = html.substring(inline, html.indexOf("</figure>", inline));
        assertEquals(1, figure.split("Overdose deaths per year", -1).length - 1, "the title once, in the caption");
        // The same comparison again writes the same report, charts and numbers, byte for byte.
        Path same = dir.resolve("out3-again");
        assertEquals(0, CommandLineTest.odsim("compare", file.toString(), "-q", "-o", same.toString()).code());
        for (String f : List.of("report.html", "report.csv", "charts/deaths-over-time.svg", "charts/cost-effectiveness-plane.png")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(same.resolve(f))), f + " differs between runs");
        }
        // The command line overrides the file.
        var again = CommandLineTest.odsim("compare", file.toString(), "-q", "-r", "1", "--perspective", "societal", "-o", dir.resolve("out4").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("1 replication of"), again.out());
    }

    /**
     * Over an ensemble, every scenario runs under each parameter set (run r under set r mod K),
     * paired within a set; the intervals are the spread of the runs, so they hold the sets'
     * differences; each folder keeps the ensemble and its runs can be reproduced with it.
     */
    @Test
    void anEnsembleRunsEveryScenarioUnderEachSetAndItsIntervalsHoldTheSets() throws IOException {
        Path base = warmed(scenario("base", ""), 1);
        Path alt = warmed(scenario("alt", "policies: {naloxone: {level: 1}}"), 1);
        // Two sets far apart: overdoses half as likely at the same dose, or twice as likely.
        Files.writeString(dir.resolve("sets.csv"), "# two sets by hand, for a test\nset,overdose.halfRatio\nlow,5\nhigh,12\n");
        Path file = Files.writeString(dir.resolve("cmp.yaml"), """
                name: ens
                baseline: base.yaml
                alternatives: [alt.yaml]
                ensemble: sets.csv
                replications: 2
                """);
        Path out = dir.resolve("out");
        var o = CommandLineTest.odsim("compare", file.toString(), "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("4 runs of 4000 agents over the 2 parameter sets of sets.csv"), o.out());
        // Per run: total deaths of the baseline, from its series (run 0 and 2 under 'low', 1 and 3 under 'high').
        double[] deaths = totals(out.resolve("base/series.csv"), "overdose_deaths", 4);
        assertTrue(Math.min(deaths[0], deaths[2]) > 1.3 * Math.max(deaths[1], deaths[3]), java.util.Arrays.toString(deaths));
        // The interval is the runs' 2.5th to 97.5th percentile, so it spans both sets: not a confidence interval of the mean.
        String row = Files.readAllLines(out.resolve("comparison.csv")).stream().filter(l -> l.startsWith("alt,overdose_deaths,")).findFirst().orElseThrow();
        String[] f = row.split(",");
        double[] altDeaths = totals(out.resolve("alt/series.csv"), "overdose_deaths", 4);
        org.apache.commons.math3.stat.descriptive.DescriptiveStatistics d = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(altDeaths);
        assertEquals(d.getPercentile(2.5), Double.parseDouble(f[5]), 1e-6, row);
        assertEquals(d.getPercentile(97.5), Double.parseDouble(f[6]), 1e-6, row);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The intervals hold what the calibration leaves uncertain, and chance."), html.substring(0, 3000));
        assertTrue(html.contains("two sets by hand, for a test"), "the ensemble's provenance is quoted");
        assertTrue(html.contains("the range holding 95 of 100 runs, each under one calibrated parameter set"), "the glossary's interval");
        assertTrue(Files.readAllLines(out.resolve("report.csv")).stream().anyMatch(l -> l.endsWith(odsim.report.ReportCsv.ENSEMBLE)));
        // Each folder keeps the ensemble, and its scenario.yaml says how to reproduce the runs: the same series, byte for byte.
        assertEquals(Files.readString(dir.resolve("sets.csv")), Files.readString(out.resolve("alt/ensemble.csv")));
        for (String folder : List.of("base", "alt")) {
            String header = Files.readAllLines(out.resolve(folder + "/scenario.yaml")).get(1);
            assertTrue(header.startsWith("# Reproduce: odsim "), header);
            List<String> args = new java.util.ArrayList<>(List.of(header.substring("# Reproduce: odsim ".length()).split(" ")));
            Path again = dir.resolve("again-" + folder);
            args.addAll(List.of("-q", "-o", again.toString()));
            var r = CommandLineTest.odsim(args.toArray(String[]::new));
            assertEquals(0, r.code(), header + "\n" + r.err());
            Path series = folder.equals("base") ? again.resolve("series.csv") : again.resolve("alt/series.csv");
            assertEquals(Files.readString(out.resolve(folder + "/series.csv")), Files.readString(series), header);
        }
        // An alternative that sets a parameter the ensemble sets would lose its own value: refused.
        Files.writeString(alt, Files.readString(alt) + "overdose: {halfRatio: 7}\n");
        var differs = CommandLineTest.odsim("compare", file.toString(), "-q", "-o", dir.resolve("differs").toString());
        assertEquals(2, differs.code(), differs.err());
        assertTrue(differs.err().contains("alt.yaml: sets overdose.halfRatio to 7.0, the baseline to 7.25; the ensemble"), differs.err());
        // A missing ensemble file is named once, at the key that names it.
        Path lost = Files.writeString(dir.resolve("lost.yaml"), Files.readString(file).replace("ensemble: sets.csv", "ensemble: gone.csv"));
        var missing = CommandLineTest.odsim("compare", lost.toString(), "-q", "-o", dir.resolve("lost").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains(lost + ":4:11: ensemble: ensemble file not found: " + dir.resolve("gone.csv")), missing.err());
        // A set whose value the scenario does not allow is bad input naming the cell.
        Files.writeString(dir.resolve("sets.csv"), "set,overdose.halfRatio\nlow,5\nhigh,-12\n");
        var bad = CommandLineTest.odsim("compare", file.toString(), "-q", "-o", dir.resolve("bad").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains(dir.resolve("sets.csv") + ":3:6: overdose.halfRatio: found -12"), bad.err());
        var validate = CommandLineTest.odsim("validate", file.toString());
        assertEquals(2, validate.code(), validate.out());
        assertTrue(validate.err().contains(dir.resolve("sets.csv") + ":3:6: overdose.halfRatio: found -12"), validate.err());
    }

    /** Per replication (0 to n-1), the sum of a measure's values in a series.csv. */
    private static double[] totals(Path series, String measure, int n) throws IOException {
        double[] out = new double[n];
        List<String> rows = Files.readAllLines(series);
        List<String> header = List.of(rows.get(0).split(","));
        int rep = header.indexOf("replication"), m = header.indexOf("measure"), v = header.indexOf("value");
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",");
            if (f[m].equals(measure)) out[Integer.parseInt(f[rep])] += Double.parseDouble(f[v]);
        }
        return out;
    }

    @Test
    void badComparisonFilesAreBadInputNamingPlaceAndKey() throws IOException {
        scenario("base", "");
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                baseline: base.yaml
                alternatives: [missing.yaml]
                discountRat: 0.03
                perspective: everyone
                """);
        var o = CommandLineTest.odsim("compare", file.toString(), "-q", "-o", dir.resolve("o").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(file + ":2:16: alternatives[0]: scenario file not found"), o.err());
        assertTrue(o.err().contains(file + ":3:1: discountRat: unknown key; did you mean 'discountRate'?"), o.err());
        assertTrue(o.err().contains(file + ":4:14: perspective: found 'everyone'; allowed: health_system, criminal_justice, government, societal"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        var alone = CommandLineTest.odsim("compare", scenario("lonely", "").toString(), "-q", "-o", dir.resolve("o2").toString());
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("compares with nothing"), alone.err());
    }

    @Test
    void alternativesRunWithTheBaselinesSeed() throws IOException {
        Path a = scenario("base", "seed: 5"), b = scenario("alt", "seed: 999\npolicies: {opc: {level: 1}}");
        Path out = dir.resolve("out2");
        assertEquals(0, CommandLineTest.odsim("compare", a.toString(), b.toString(), "-r", "2", "-q", "-o", out.toString()).code());
        assertTrue(Files.readString(out.resolve("alt/scenario.yaml")).contains("seed: 5"));
    }

    @Test
    void duplicateNamesAreBadInput() throws IOException {
        Path a = scenario("twin", "");
        assertEquals(2, CommandLineTest.odsim("compare", a.toString(), a.toString(), "-q", "-o", dir.resolve("o").toString()).code());
    }

    /** --set reaches every scenario of a comparison; a mistyped path is bad input naming the key. */
    @Test
    void setAppliesToEveryScenarioAndATypoIsBadInput() throws IOException {
        Path a = scenario("base", ""), b = scenario("alt", "policies: {opc: {level: 1}}");
        Path out = dir.resolve("out3");
        assertEquals(0, CommandLineTest.odsim("compare", a.toString(), b.toString(), "-r", "1", "-q", "-o", out.toString(),
                "--set", "tolerance.halfLifeDays=30").code());
        assertTrue(Files.readString(out.resolve("base/scenario.yaml")).contains("halfLifeDays: 30"));
        assertTrue(Files.readString(out.resolve("alt/scenario.yaml")).contains("halfLifeDays: 30"));
        var typo = CommandLineTest.odsim("compare", a.toString(), b.toString(), "-q", "-o", dir.resolve("o4").toString(),
                "--set", "tolerance.halfLife=30");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("tolerance.halfLife: unknown key; did you mean 'halfLifeDays'"), typo.err());
    }
}
