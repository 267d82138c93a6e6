package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("s.yaml"), "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n" + text);
    }

    private List<String> problems(String text) throws IOException {
        Path f = write(text);
        return assertThrows(ScenarioException.class, () -> Sweep.of(SweepFile.load(f))).problems();
    }

    /** A grid of 10^16 points is reported as more than the limit, not as the capped count (issue 18, row 16). */
    @Test
    void aHugeGridIsReportedAsMoreThanTheLimit() throws IOException {
        StringBuilder levels = new StringBuilder("replications: 1\nparameters:\n");
        String ten = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]";
        for (String p : List.of("policies.opc.sites", "policies.naloxone.kitsPerYearPer100k", "policies.naloxone.costPerKit",
                "policies.opc.costPerSiteYear", "policies.opc.visitsPerSitePerDay", "costs.arrest", "costs.emsCall", "costs.edVisit",
                "costs.admission", "costs.jailDay", "costs.rehabDay", "costs.prisonYear", "costs.methadoneYear", "costs.buprenorphineYear",
                "policies.drugChecking.costPerCheck", "policies.policing.costPerDiversion")) {
            levels.append("  ").append(p).append(": ").append(ten).append("\n");
        }
        Path f = write(levels.toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(f));
        assertTrue(e.getMessage().contains("more than 1000000 points x 1 replication is too many"), e.getMessage());
    }

    @Test
    void pointsGetTheirLevelsTheSharedValuesAndOneSeed() throws IOException {
        Sweep sweep = Sweep.of(SweepFile.load(write("""
                agents: 1000
                replications: 2
                set: {policies.naloxone.level: 1}
                parameters:
                  policies.naloxone.kitsPerYearPer100k: [0, 2000]
                  supply.fentanylShare: {low: 0.1, rising: {points: {2015-01-01: 0.1, 2020-01-01: 0.9}}}
                """)));
        assertEquals(4, sweep.points().size());
        assertEquals(8, sweep.runCount());
        Scenario last = sweep.scenario(sweep.points().get(3));
        assertEquals(2000, last.policies().naloxone().kitsPerYearPer100k());
        assertEquals(0.9, last.supply().fentanylShare().valueAt(LocalDate.of(2021, 1, 1)));
        assertEquals(1.0, last.policies().naloxone().level().valueAt(LocalDate.of(2016, 1, 1)));
        assertEquals(1000, last.population().agents());
        assertEquals(sweep.seed(), sweep.scenario(sweep.points().get(0)).seed());
        assertEquals(3, sweep.pointOf(7).index());
        assertEquals(1, sweep.replicationOf(7));
    }

    /** The folder's resolved sweep.yaml and base.yaml describe the same runs: equal fingerprints. */
    @Test
    void resolvedSweepHasTheSameFingerprint() throws IOException {
        Sweep sweep = Sweep.of(SweepFile.load(write("""
                agents: 1000
                seed: 5
                replications: 2
                design: latin-hypercube
                samples: 7
                parameters:
                  policies.opc.sites: {min: 0, max: 6, integer: true}
                  cascade.call911: {min: 0.2, max: 0.9}
                  supply.fentanylShare: {low: 0.1, high: {interpolation: step, points: {2015-01-01: 0.3, 2020-01-01: 0.9}}}
                """)));
        SweepFolder folder = new SweepFolder(dir.resolve("out"));
        folder.create(sweep, "s.yaml");
        Sweep again = folder.load();
        assertEquals(sweep.fingerprint(), again.fingerprint());
        assertEquals(sweep.scenario(sweep.points().get(6)), again.scenario(again.points().get(6)));
        Sweep otherSeed = Sweep.of(SweepFile.load(write("""
                agents: 1000
                seed: 6
                replications: 2
                design: latin-hypercube
                samples: 7
                parameters:
                  policies.opc.sites: {min: 0, max: 6, integer: true}
                  cascade.call911: {min: 0.2, max: 0.9}
                  supply.fentanylShare: {low: 0.1, high: {interpolation: step, points: {2015-01-01: 0.3, 2020-01-01: 0.9}}}
                """)));
        assertNotEquals(sweep.fingerprint(), otherSeed.fingerprint());
    }

    @Test
    void badPathsAndValuesNameTheSweepFileLineAndKey() throws IOException {
        List<String> p = problems("""
                replications: 2
                parameters:
                  policies.naloxone.kitsPerYear: [0, 1000]
                  policies.opc.sites: [0, lots]
                  cascade.call911: [0.5, 1.5]
                """);
        String all = String.join("\n", p);
        assertTrue(all.contains("s.yaml:4:3: policies.naloxone.kitsPerYear: unknown key; allowed: level, kitsPerYearPer100k, costPerKit"), all);
        assertTrue(all.contains("s.yaml:5:27: policies.opc.sites: found 'lots'; expected a number"), all);
        assertTrue(all.contains("s.yaml:6:26: cascade.call911: found 1.5; allowed [0, 1]"), all);
    }

    @Test
    void badSweepKeysAreAllReported() throws IOException {
        List<String> p = problems("""
                replicatons: 2
                design: sobel
                parameters:
                  policies.opc.sites: {min: 0, max: 4}
                measures: [overdose_death, overdose_deaths_share_of_people_street]
                chart: {x: policies.opc.site}
                """);
        String all = String.join("\n", p);
        assertTrue(all.contains("s.yaml:2:1: replicatons: unknown key; did you mean 'replications'?"), all);
        assertTrue(all.contains("replications: missing"), all);
        assertTrue(all.contains("s.yaml:3:9: design: found 'sobel'; did you mean 'sobol'?"), all);
        assertTrue(all.contains("s.yaml:6:12: measures: found 'overdose_death'; did you mean 'overdose_deaths'?"), all);
        // A count's share of a level is not a share.
        assertTrue(all.contains("s.yaml:6:28: measures: found 'overdose_deaths_share_of_people_street'"), all);
        assertTrue(all.contains("or one measure's share of another of its kind (overdose_deaths_fentanyl_share_of_overdose_deaths)"), all);
        assertTrue(all.contains("chart.x: found 'policies.opc.site'"), all);
    }

    @Test
    void badCalibrationTargetsNameTheirLine() throws IOException {
        String all = String.join("\n", problems("""
                replications: 1
                parameters:
                  policies.opc.sites: [0, 2]
                measures: [overdose_deaths, cost_total]
                targets:
                  - {measure: overdose_death, period: 2016, value: 60, source: CDC}
                  - {measure: overdose_deaths, period: 16, value: 60, source: CDC}
                  - {measure: overdose_deaths, period: 2017, value: 0, source: CDC}
                  - {measure: cost_total, period: total, value: 1e9}
                  - {measure: overdose_deaths, period: 2031, value: 5, source: CDC, weight: 2}
                """));
        assertTrue(all.contains("s.yaml:7:15: targets[0].measure: found 'overdose_death'; did you mean 'overdose_deaths'?"), all);
        assertTrue(all.contains("targets[1].period: found '16'; allowed: a calendar year such as 2016, or total"), all);
        assertTrue(all.contains("targets[2].value: found '0'; expected a number other than 0"), all);
        assertTrue(all.contains("targets[3].source: missing"), all);
        assertTrue(all.contains("targets[4].weight: unknown key; allowed: measure, period, value, source"), all);
        // A year is checked against the base scenario's horizon once the file itself is sound.
        String horizon = String.join("\n", problems("""
                replications: 1
                parameters:
                  policies.opc.sites: [0, 2]
                targets:
                  - {measure: overdose_deaths, period: 2031, value: 5, source: CDC}
                """));
        assertTrue(horizon.contains("targets: overdose_deaths in 2031 is outside the horizon; allowed: a year from 2015 to 2025, or total"), horizon);
    }

    /** A sweep of two points with {@code distance} and a target of overdose deaths in each of {@code years}. */
    private static String withDistance(String distance, int... years) {
        StringBuilder s = new StringBuilder("replications: 1\nparameters:\n  policies.opc.sites: [0, 2]\ndistance: " + distance + "\n");
        if (years.length > 0) s.append("targets:\n");
        for (int y : years) s.append("  - {measure: overdose_deaths, period: ").append(y).append(", value: 60, source: CDC}\n");
        return s.toString();
    }

    /** A distance is one of two words, needs targets, and scoring changes needs a measure fitted in consecutive years. */
    @Test
    void aDistanceIsKnownAndHasSomethingToScore() throws IOException {
        String unknown = String.join("\n", problems(withDistance("level-and-changes", 2016)));
        assertTrue(unknown.contains("s.yaml:5:11: distance: found 'level-and-changes'; did you mean 'levels-and-changes'?; "
                + "allowed: levels, levels-and-changes"), unknown);
        String gap = String.join("\n", problems(withDistance("levels-and-changes", 2016, 2018)));
        assertTrue(gap.contains("distance: found levels-and-changes, but no measure is fitted in two consecutive years"), gap);
        String none = String.join("\n", problems(withDistance("levels")));
        assertTrue(none.contains("distance: only with targets"), none);
        Sweep sweep = Sweep.of(SweepFile.load(write(withDistance("levels-and-changes", 2016, 2017))));
        assertEquals(Distance.LEVELS_AND_CHANGES, sweep.file().distance());
        assertEquals(Distance.LEVELS, Sweep.of(SweepFile.load(write(withDistance("levels", 2016)))).file().distance());
    }

    @Test
    void aHeatMapNeedsAGridAndNoSeries() throws IOException {
        String all = String.join("\n", problems("""
                replications: 1
                design: sobol
                samples: 8
                parameters: {policies.opc.sites: {min: 0, max: 4}, cascade.call911: {min: 0, max: 1}}
                chart: {x: policies.opc.sites, y: cascade.call911, series: cascade.call911, relative: maybe}
                """));
        assertTrue(all.contains("chart.y: a heat map (y) has no series"), all);
        assertTrue(all.contains("chart.y: a heat map needs a grid design"), all);
        assertTrue(all.contains("chart.relative: found 'maybe'; expected true or false"), all);
    }

    @Test
    void aRangeInAGridAndAMissingBaseAreRefused() throws IOException {
        assertTrue(String.join("\n", problems("""
                replications: 1
                parameters: {policies.opc.sites: {min: 0, max: 4}}
                """)).contains("a grid needs a list of levels"));
        Path f = Files.writeString(dir.resolve("nobase.yaml"), "base: nowhere.yaml\nreplications: 1\nparameters: {policies.opc.sites: [1]}\n");
        List<String> p = assertThrows(ScenarioException.class, () -> SweepFile.load(f)).problems();
        assertTrue(p.get(0).startsWith(f + ":1:7: base: file not found"), p.toString());
    }

    /** A second round samples inside the span of the first round's sets, widened by a share of each range, never past it. */
    @Test
    void aSecondRoundNarrowsRangesToTheEnsemblesSpan() throws IOException {
        Files.writeString(dir.resolve("round-1.csv"), """
                # the closest sets of round 1
                set,overdose.halfRatio,use.relapsePerYear,cascade.call911
                7,7.0,0.10,0.5
                12,8.0,0.19,0.5
                """);
        Sweep sweep = Sweep.of(SweepFile.load(write("""
                replications: 1
                design: latin-hypercube
                samples: 200
                around: {ensemble: round-1.csv, widen: 0.1}
                parameters:
                  overdose.halfRatio: {min: 5, max: 10}
                  use.relapsePerYear: {min: 0.05, max: 0.2}
                  use.initiationPerYear: {min: 0.01, max: 0.03}
                """)));
        List<SweepParameter> p = sweep.file().parameters();
        assertEquals(new SweepParameter.Range(6.5, 8.5, false), p.get(0).range()); // 7 to 8, half a point (a tenth of 5) either side
        assertEquals(0.085, p.get(1).range().min(), 1e-12);
        assertEquals(0.2, p.get(1).range().max(), 1e-12); // 0.205 is past the range as written
        assertEquals(new SweepParameter.Range(0.01, 0.03, false), p.get(2).range()); // not in the ensemble: as written
        for (Point point : sweep.points()) {
            double h = Double.parseDouble(point.levels().get(0).label());
            assertTrue(h >= 6.5 && h <= 8.5, point.toString());
        }
        // The folder's sweep.yaml holds the narrowed ranges: a resumed round needs neither the ensemble nor this step.
        assertTrue(sweep.resolvedYaml("x").contains("min: 6.5"), sweep.resolvedYaml("x"));
        assertTrue(!sweep.resolvedYaml("x").contains("around"), sweep.resolvedYaml("x"));
    }

    @Test
    void aSecondRoundNamesAMissingOrUnusableEnsemble() throws IOException {
        String sweep = """
                replications: 1
                design: latin-hypercube
                samples: 10
                around: {ensemble: %s}
                parameters:
                  overdose.halfRatio: {min: 5, max: 10}
                """;
        List<String> missing = problems(sweep.formatted("nowhere.csv"));
        assertTrue(missing.get(0).contains("s.yaml:5:20: around.ensemble: file not found"), missing.toString());
        Files.writeString(dir.resolve("other.csv"), "set,use.relapsePerYear\n1,0.1\n");
        List<String> none = problems(sweep.formatted("other.csv"));
        assertTrue(none.get(0).contains("around.ensemble: gives none of this sweep's ranges (its columns: use.relapsePerYear)"), none.toString());
        Files.writeString(dir.resolve("outside.csv"), "set,overdose.halfRatio\n1,12\n");
        List<String> outside = problems(sweep.formatted("outside.csv"));
        assertTrue(outside.get(0).contains("lie outside the sweep's range 5.0 to 10.0"), outside.toString());
        List<String> grid = problems("replications: 1\naround: {ensemble: other.csv}\nparameters: {overdose.halfRatio: [7, 8]}\n");
        assertTrue(grid.get(0).contains("around: only for latin-hypercube and sobol designs"), grid.toString());
    }

    @Test
    void anEnsembleDesignRunsTheFilesSetsAndRefusesWhatItCannotUse() throws IOException {
        Files.writeString(dir.resolve("round-2.csv"), """
                # the 3 closest
                set,overdose.halfRatio,use.relapsePerYear
                417,7.0,0.10
                12,8.5,0.19
                3,6.0,0.12
                """);
        Sweep sweep = Sweep.of(SweepFile.load(write("replications: 4\ndesign: ensemble\nensemble: round-2.csv\n")));
        assertEquals(3, sweep.points().size());
        assertEquals(12, sweep.runCount());
        assertEquals("12", sweep.pointName(1));
        assertEquals(8.5, sweep.scenario(sweep.points().get(1)).overdose().halfRatio());
        assertEquals(new SweepParameter.Range(6.0, 8.5, false), sweep.file().parameters().get(0).range()); // the sets' span
        assertTrue(sweep.resolvedYaml("x").contains("ensemble: sets.csv") && !sweep.resolvedYaml("x").contains("parameters"), sweep.resolvedYaml("x"));

        List<String> missing = problems("replications: 2\ndesign: ensemble\n");
        assertTrue(missing.get(0).contains("ensemble: missing; design: ensemble runs the parameter sets of an ensemble file"), missing.toString());
        List<String> both = problems("replications: 2\ndesign: ensemble\nensemble: round-2.csv\nsamples: 5\nparameters: {overdose.halfRatio: {min: 5, max: 10}}\n");
        assertTrue(both.stream().anyMatch(p -> p.contains("s.yaml:5:1: samples: only for latin-hypercube and sobol designs; an ensemble design takes every set of its file")), both.toString());
        assertTrue(both.stream().anyMatch(p -> p.contains("s.yaml:6:1: parameters: not with design: ensemble")), both.toString());
        List<String> notEnsemble = problems("replications: 2\nensemble: round-2.csv\nparameters: {overdose.halfRatio: [7, 8]}\n");
        assertTrue(notEnsemble.get(0).contains("s.yaml:3:1: ensemble: only with design: ensemble"), notEnsemble.toString());
        List<String> nowhere = problems("replications: 2\ndesign: ensemble\nensemble: nowhere.csv\n");
        assertTrue(nowhere.get(0).contains("s.yaml:4:11: ensemble: file not found"), nowhere.toString());
        Files.writeString(dir.resolve("curve.csv"), "set,overdose.halfRatio\n1,7\n2,steep\n");
        List<String> word = problems("replications: 2\ndesign: ensemble\nensemble: curve.csv\n");
        assertTrue(word.get(0).contains("curve.csv:3:3: overdose.halfRatio: found 'steep'; expected a number"), word.toString());
        Files.writeString(dir.resolve("unknown.csv"), "set,overdose.halfRation\n1,7\n");
        List<String> unknown = problems("replications: 2\ndesign: ensemble\nensemble: unknown.csv\n");
        assertTrue(unknown.get(0).contains("overdose.halfRation"), unknown.toString());
    }

    /** A later round extends the first: its keys replace the first's, an empty one drops it, paths stay the first file's. */
    @Test
    void aSweepThatExtendsAnotherTakesItsKeysButThoseItGives() throws IOException {
        Path first = write("""
                name: first
                agents: 1000
                replications: 1
                design: latin-hypercube
                samples: 20
                targetsFile: t.csv
                parameters:
                  overdose.halfRatio: {min: 5, max: 10}
                  use.relapsePerYear: {min: 0.05, max: 0.2}
                measures: [overdose_deaths_per_100k]
                rejectBeyond: 0.5
                """);
        Files.writeString(dir.resolve("t.csv"), "year,measure,value,lower,upper,source\n2016,overdose_deaths_per_100k,13,11,15,test\n");
        Files.createDirectories(dir.resolve("later"));
        Path second = Files.writeString(dir.resolve("later/second.yaml"), """
                extends: ../s.yaml
                name: second
                samples: 30
                designSeed: 2
                rejectBeyond: ~
                """);
        SweepFile one = SweepFile.load(first), two = SweepFile.load(second);
        assertEquals("second", two.name());
        assertEquals(30, two.samples());
        assertEquals(2, two.designSeed());
        assertEquals(null, two.rejectBeyond());
        assertEquals(one.parameters(), two.parameters());
        assertEquals(one.targets().size(), two.targets().size()); // t.csv beside the first file, not beside the second
        assertEquals(one.base(), two.base());
        assertNotEquals(Sweep.of(one).fingerprint(), Sweep.of(two).fingerprint());

        Path loop = Files.writeString(dir.resolve("later/loop.yaml"), "extends: loop2.yaml\n");
        Files.writeString(dir.resolve("later/loop2.yaml"), "extends: loop.yaml\nreplications: 1\n");
        ScenarioException cycle = assertThrows(ScenarioException.class, () -> SweepFile.load(loop));
        assertTrue(cycle.getMessage().contains("loop2.yaml:1:10: extends: forms a cycle: loop.yaml -> loop2.yaml -> loop.yaml"), cycle.getMessage());
        Path missing = Files.writeString(dir.resolve("later/missing.yaml"), "extends: nowhere.yaml\n");
        ScenarioException none = assertThrows(ScenarioException.class, () -> SweepFile.load(missing));
        assertTrue(none.getMessage().contains("missing.yaml:1:10: extends: file not found"), none.getMessage());
        Path scenario = Files.writeString(dir.resolve("later/scenario.yaml"), "extends: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nreplications: 1\n");
        ScenarioException notSweep = assertThrows(ScenarioException.class, () -> SweepFile.load(scenario));
        assertTrue(notSweep.getMessage().contains("scenario.yaml:1:10: extends: ") && notSweep.getMessage().contains("baseline.yaml is not a sweep file")
                && notSweep.getMessage().contains("under base: baseline.yaml"), notSweep.getMessage());
        // A key the first file got wrong is named where it was written: in the first file.
        Files.writeString(first, Files.readString(first).replace("samples: 20", "samples: -3"));
        Path third = Files.writeString(dir.resolve("later/third.yaml"), "extends: ../s.yaml\ndesignSeed: 4\n");
        ScenarioException wrong = assertThrows(ScenarioException.class, () -> SweepFile.load(third));
        assertTrue(wrong.getMessage().contains("s.yaml:6:10: samples"), wrong.getMessage());
    }

    @Test
    void shippedSweepsLoad() throws IOException {
        try (var files = Files.list(Path.of("scenarios/sweeps"))) {
            List<Path> sweeps = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            // File name -> points in its design and observed targets, each target in the sweep's horizon (Sweep.of checks it).
            // calibrate-baseline lists four; the US calibrations read sixteen from the US targets file (deaths and their
            // fentanyl share 2015-2022, twelve of them predicted out of sample by calibrate-us-to-2016) and list people on
            // methadone in 2015 (calibrate-us, its second round and the narrowing trial also the emergency visits of 2017; the out-of-sample one and its second round fit 2015-2016 only); the history reads 38 (deaths 1999-2022,
            // heroin deaths 1999-2012), Massachusetts seven, each with its range; the fits: who was there at a death (2017,
            // 2020), the fentanyl share of deaths (2016-2018), emergency visits per death (2017) with the death rates of 2015-2016.
            record Shipped(int points, int targets) {}
            var shipped = java.util.Map.ofEntries(
                    java.util.Map.entry("calibrate-baseline.yaml", new Shipped(32, 4)),
                    java.util.Map.entry("calibrate-us.yaml", new Shipped(2000, 18)),
                    java.util.Map.entry("calibrate-us-round-2.yaml", new Shipped(1000, 18)),
                    java.util.Map.entry("calibrate-us-narrowing.yaml", new Shipped(1000, 18)),
                    java.util.Map.entry("calibrate-us-recheck.yaml", new Shipped(40, 18)),
                    java.util.Map.entry("calibrate-us-to-2016-recheck.yaml", new Shipped(40, 17)),
                    java.util.Map.entry("calibrate-massachusetts-recheck.yaml", new Shipped(20, 7)),
                    java.util.Map.entry("calibrate-us-to-2016.yaml", new Shipped(2000, 17)),
                    java.util.Map.entry("calibrate-us-to-2016-round-2.yaml", new Shipped(1000, 17)),
                    java.util.Map.entry("calibrate-us-supply.yaml", new Shipped(2000, 17)),
                    java.util.Map.entry("calibrate-massachusetts.yaml", new Shipped(100, 7)),
                    java.util.Map.entry("calibrate-us-history.yaml", new Shipped(100, 38)),
                    java.util.Map.entry("naloxone-opc.yaml", new Shipped(15, 0)),
                    java.util.Map.entry("safe-supply-fentanyl.yaml", new Shipped(15, 0)),
                    java.util.Map.entry("fit-using-alone.yaml", new Shipped(8, 2)),
                    java.util.Map.entry("fit-fentanyl-share.yaml", new Shipped(16, 3)),
                    java.util.Map.entry("fit-emergency-visits.yaml", new Shipped(12, 3)));
            assertEquals(shipped.keySet(), new java.util.HashSet<>(sweeps.stream().map(f -> f.getFileName().toString()).toList()));
            for (Path f : sweeps) {
                SweepFile file = SweepFile.load(f);
                Sweep s = Sweep.of(file);
                String name = f.getFileName().toString();
                assertEquals(shipped.get(name).points(), s.points().size(), f.toString());
                s.points().forEach(s::scenario);
                int targets = shipped.get(name).targets();
                assertEquals(targets, file.targets().size(), f.toString());
                if (targets > 4) assertTrue(file.targets().stream().allMatch(Target::hasRange), f.toString());
                assertEquals(name.startsWith("calibrate-us-to-2016") ? 5 : targets, file.fitted().size(), f.toString());
            }
        }
    }
}
