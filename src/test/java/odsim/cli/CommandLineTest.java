package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    static Outcome odsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * Every command's --help is formatted whole: a lone % in a description once made picocli print
     * the sweep's help raw, with its line breaks as "%n" (found 2026-12-05).
     */
    @Test
    void everyCommandsHelpIsFormatted() {
        // picocli reports a line it cannot format on System.err, not on the command's writers.
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
                Outcome help = odsim(command, "--help");
                assertEquals(0, help.code(), command + ": " + help.err());
                assertTrue(help.out().contains("Usage: odsim " + command), command + ": " + help.out());
                String warned = warnings.toString(java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(warned.contains("picocli WARN"), command + " --help: " + warned);
            }
        } finally {
            System.setErr(before);
        }
        assertTrue(odsim("sweep", "--help").out().contains("ensemble's median and 95% band"));
    }

    private Path tiny() throws IOException {
        return Files.writeString(dir.resolve("tiny.yaml"), """
                extends: %s
                name: tiny
                population: {agents: 3000}
                horizon: {start: 2016-01-01, end: 2016-12-31}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath()));
    }

    /**
     * --out takes a new or empty folder; a folder of earlier results only with --overwrite, which
     * empties it first, so nothing of the earlier run is left beside the new (issue 18, row 13).
     */
    @Test
    void outTakesANewFolderOrOverwritesResultsOnly() throws IOException {
        Path scenario = tiny();
        Outcome blank = odsim("run", scenario.toString(), "-q", "-r", "1", "--out", "");
        assertEquals(2, blank.code());
        assertTrue(blank.err().contains("--out: empty"), blank.err());

        Path out = dir.resolve("results-here");
        assertEquals(0, odsim("run", scenario.toString(), "-q", "-r", "1", "--out", out.toString()).code());
        Files.writeString(out.resolve("stale-chart.svg"), "from an earlier run");
        Outcome again = odsim("run", scenario.toString(), "-q", "-r", "1", "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("holds files already; give a new folder, or add --overwrite"), again.err());
        assertTrue(Files.exists(out.resolve("stale-chart.svg")), "nothing removed without --overwrite");
        Outcome overwrite = odsim("run", scenario.toString(), "-q", "-r", "1", "--out", out.toString(), "--overwrite");
        assertEquals(0, overwrite.code(), overwrite.err());
        assertFalse(Files.exists(out.resolve("stale-chart.svg")), "the earlier run's files are gone");
        assertTrue(Files.exists(out.resolve("summary.csv")));

        Path notResults = Files.createDirectories(dir.resolve("my-documents"));
        Files.writeString(notResults.resolve("thesis.txt"), "keep me");
        Outcome refused = odsim("run", scenario.toString(), "-q", "-r", "1", "--out", notResults.toString(), "--overwrite");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("holds files that are not odsim results"), refused.err());
        assertTrue(Files.exists(notResults.resolve("thesis.txt")));
    }

    /**
     * Two runs into one --out at once: one writes, the other is refused before writing anything
     * (issue 18, row 2: their rows were spliced mid-line). The folder is claimed with a lock.
     */
    @Test
    void twoRunsIntoOneFolderAtOnceDoNotMix() throws Exception {
        Path scenario = tiny();
        Path out = dir.resolve("shared");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> odsim("run", scenario.toString(), "-q", "-r", "3", "--seed", "1", "--out", out.toString()));
            var b = pool.submit(() -> odsim("run", scenario.toString(), "-q", "-r", "3", "--seed", "2", "--out", out.toString()));
            Outcome first = a.get(), second = b.get();
            assertEquals(java.util.Set.of(0, 2), java.util.Set.of(first.code(), second.code()), first.err() + second.err());
            Outcome refused = first.code() == 2 ? first : second;
            assertTrue(refused.err().contains("another odsim is writing results there now") || refused.err().contains("holds files already"),
                    refused.err());
            String seed = first.code() == 0 ? "seed: 1" : "seed: 2";
            assertTrue(Files.readString(out.resolve("scenario.yaml")).contains(seed), "the resolved scenario is the writer's");
            for (String row : Files.readAllLines(out.resolve("series.csv"))) assertEquals(5, row.split(",", -1).length, row);
            assertFalse(Files.exists(out.resolve(".odsim.lock")), "the lock is gone once done");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A finished run's folder holds a manifest, written last; validate tells a complete folder from a changed or unfinished one. */
    @Test
    void validateTellsACompleteResultsFolder() throws IOException {
        Path out = dir.resolve("done");
        assertEquals(0, odsim("run", tiny().toString(), "-q", "-r", "2", "--out", out.toString()).code());
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals("file,bytes,sha256", manifest.get(0));
        assertTrue(manifest.stream().anyMatch(l -> l.startsWith("series.csv,")) && manifest.stream().anyMatch(l -> l.startsWith("summary.csv,")),
                manifest.toString());
        Outcome ok = odsim("validate", out.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("complete"), ok.out());

        Files.writeString(out.resolve("summary.csv"), "");
        Outcome changed = odsim("validate", out.toString());
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("summary.csv: changed since it was written"), changed.err());

        Files.delete(out.resolve("manifest.csv"));
        Outcome unfinished = odsim("validate", out.toString());
        assertEquals(2, unfinished.code());
        assertTrue(unfinished.err().contains("no manifest.csv: the run or comparison did not finish"), unfinished.err());
    }

    /** Plain words: one replication is not "1 replications"; completion for shells is one command away (issue 19). */
    @Test
    void countsReadAsWordsAndCompletionIsGenerated() throws IOException {
        Outcome one = odsim("run", tiny().toString(), "-q", "-r", "1", "--out", dir.resolve("one").toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("tiny: 1 replication of 3000 agents"), one.out());
        Outcome completion = odsim("generate-completion");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("compare"), completion.out().substring(0, 200));
    }

    /**
     * Costs have an upper bound, so results stay numbers; and a result that is still not a number is
     * an error naming the measure, not an Infinity in the tables (issue 18, row 11).
     */
    @Test
    void nonFiniteResultsAreRefused() throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.yaml"), Files.readString(tiny()).replace("name: tiny", "name: huge")
                + "costs: {emsCall: 1e308}\n");
        Outcome o = odsim("run", huge.toString(), "-q", "-r", "1", "-o", dir.resolve("h").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("costs.emsCall: found 1.0E308; allowed [0, 1e12]") || o.err().contains("costs.emsCall: found"), o.err());
        double[][] daily = new double[odsim.results.Measure.COUNT][3];
        daily[odsim.results.Measure.COST_EMS.ordinal()][1] = Double.POSITIVE_INFINITY;
        var run = new odsim.results.RunResult("x", 0, 1L, java.time.LocalDate.of(2016, 1, 1), 1e5, daily);
        assertEquals("cost_ems is Infinity on 2016-01-02", run.firstNonFinite());
        daily[odsim.results.Measure.COST_EMS.ordinal()][1] = 0;
        assertEquals(null, run.firstNonFinite());
    }

    /** A mistyped command or option is one line in the odsim form, with a suggestion, and exit 2 (issue 18, row 14). */
    @Test
    void mistypedCommandsAndOptionsAreOneLine() {
        Outcome command = odsim("compar", "x.yaml");
        assertEquals(2, command.code(), command.err());
        assertTrue(command.err().startsWith("odsim: error: Unmatched arguments from index 0: 'compar'"), command.err());
        assertTrue(command.err().contains("did you mean 'compare'"), command.err());
        assertFalse(command.err().contains("Usage:"), command.err());
        Outcome option = odsim("run", "scenarios/baseline.yaml", "--replicatons", "2");
        assertEquals(2, option.code(), option.err());
        assertTrue(option.err().startsWith("odsim: error: "), option.err());
        assertTrue(option.err().contains("--replications"), option.err());
        assertTrue(option.err().contains("odsim: run 'odsim run --help' for the options"), option.err());
    }

    /** An error line is cut to a readable length, whatever the input (a 900,000-character path). */
    @Test
    void errorLinesAreCapped() {
        Outcome o = odsim("validate", "a".repeat(900_000) + ".yaml");
        assertEquals(2, o.code());
        for (String line : o.err().split("\n")) assertTrue(line.length() <= Main.MAX_LINE, "a line of " + line.length());
        assertTrue(o.err().contains("characters in all)"), o.err().substring(0, Math.min(300, o.err().length())));
    }

    /** Out of memory is one line with what to do, exit 1, no stack trace (issue 18, row 7): a real JVM with a small heap. */
    @Test
    void outOfMemoryIsOneLineWithAdvice() throws IOException, InterruptedException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBin, "-Xmx32m", "-cp", System.getProperty("java.class.path"), "odsim.cli.Main",
                "run", "scenarios/baseline.yaml", "--agents", "1000000", "--quiet", "--out", dir.resolve("oom").toString())
                .redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        assertEquals(1, p.waitFor(), err);
        assertTrue(err.contains("odsim: error: out of memory (Java may use at most"), err);
        assertTrue(err.contains("--agents"), err);
        assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
    }

    @Test
    void runWritesSeriesSummaryAndResolvedScenario() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = odsim("run", tiny().toString(), "-r", "2", "-t", "2", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("results: " + out), o.out());
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertEquals("scenario,replication,date,measure,value", series.get(0));
        assertTrue(series.stream().anyMatch(l -> l.startsWith("tiny,1,2016-12-01,overdose_deaths,")));
        assertTrue(series.stream().anyMatch(l -> l.startsWith("tiny,0,2016-01-01,overdose_deaths_per_100k,")));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("scenario,measure,unit,period,replications,mean,lower95,upper95,p025,p975", summary.get(0));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("tiny,overdose_deaths,deaths,total,2,")));
        String resolved = Files.readString(out.resolve("scenario.yaml"));
        assertTrue(resolved.contains("seed: 20150101") && resolved.contains("halfLifeDays:"), resolved);
    }

    /** The resolved scenario alone reproduces the run byte for byte, with any thread count. */
    @Test
    void resolvedScenarioReproducesTheSeriesWithAnyThreadCount() throws IOException {
        Path first = dir.resolve("first"), again = dir.resolve("again");
        assertEquals(0, odsim("run", tiny().toString(), "-r", "2", "-t", "1", "-q", "-s", "77", "-o", first.toString()).code());
        assertEquals(0, odsim("run", first.resolve("scenario.yaml").toString(), "-r", "2", "-t", "2", "-q", "-o", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("series.csv")), Files.readAllBytes(again.resolve("series.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("summary.csv")), Files.readAllBytes(again.resolve("summary.csv")));
    }

    @Test
    void badScenarioIsExitCodeTwoWithPlaceAndNoStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\ncascade:\n  cal911: 0.5\n");
        Outcome o = odsim("run", bad.toString(), "-q", "-o", dir.resolve("o").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:3:3: cascade.cal911: unknown key; did you mean 'call911'?"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    void missingFileAndBadOptionsAreExitCodeTwo() {
        Outcome missing = odsim("run", dir.resolve("none.yaml").toString(), "-q");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.yaml: file not found"), missing.err());
        assertEquals(2, odsim("run", "scenarios/baseline.yaml", "--replications", "0").code());
        assertEquals(2, odsim("run", "scenarios/baseline.yaml", "--period", "fortnight").code());
        assertEquals(2, odsim("run", "scenarios/baseline.yaml", "--bogus").code());
    }

    /** check-model refuses a place it could not write before it runs anything. */
    @Test
    void checkModelRefusesAnOutputItCannotWrite() {
        Outcome missing = odsim("check-model", "--out", "no-such-folder/validation.md");
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("the folder") && missing.err().contains("does not exist"), missing.err());
        Outcome folder = odsim("check-model", "--out", "docs");
        assertEquals(2, folder.code(), folder.err());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }

    @Test
    void validateChecksEveryShippedScenario() throws IOException {
        try (var files = Files.walk(Path.of("scenarios"))) {
            String[] args = files.filter(f -> f.toString().endsWith(".yaml")).map(Path::toString).sorted().toArray(String[]::new);
            assertTrue(args.length >= 10, "baseline, levers and packages: " + args.length);
            String[] cmd = new String[args.length + 1];
            cmd[0] = "validate";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Outcome o = odsim(cmd);
            assertEquals(0, o.code(), o.err());
        }
    }

    @Test
    void helpExplainsTheRunOptions() {
        Outcome o = odsim("run", "--help");
        assertEquals(0, o.code());
        for (String opt : List.of("--replications", "--seed", "--threads", "--agents", "--out", "series.csv")) {
            assertTrue(o.out().contains(opt), opt);
        }
    }
}
