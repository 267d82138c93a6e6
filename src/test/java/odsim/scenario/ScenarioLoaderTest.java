package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<String> problems(String yaml) throws IOException {
        Path f = write("bad.yaml", yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems();
    }

    /** A seed past 2^53 (as --seed takes and scenario.yaml writes) reads back exactly, so a resolved scenario reruns. */
    @Test
    void aLargeSeedReadsBackExactly() {
        Scenario s = ScenarioLoader.parse("t", "name: t\nseed: 9007199254740993\n");
        org.junit.jupiter.api.Assertions.assertEquals(9007199254740993L, s.seed());
        Scenario max = ScenarioLoader.parse("t", "name: t\nseed: 9223372036854775807\n");
        org.junit.jupiter.api.Assertions.assertEquals(Long.MAX_VALUE, max.seed());
        org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t", "name: t\nseed: 9223372036854775808\n"));
        org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t", "name: t\nseed: -1\n"));
    }

    @Test
    void shippedBaselineLoads() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        assertEquals("baseline", s.name());
        assertEquals(LocalDate.of(2015, 1, 1), s.horizon().start());
        assertEquals(4018, s.horizon().days());
        assertEquals(0.03, s.supply().fentanylShare().valueAt(LocalDate.of(2015, 1, 1)), 1e-12);
        assertEquals(0.74, s.supply().fentanylShare().valueAt(LocalDate.of(2022, 1, 1)), 1e-12);
    }

    @Test
    void unknownKeyNamesFileLineKeyAndSuggestion() throws IOException {
        List<String> p = problems("name: x\nsupply:\n  fentanylShar: 0.2\n");
        assertEquals(1, p.size());
        String m = p.get(0);
        assertTrue(m.contains("bad.yaml:3:3"), m);
        assertTrue(m.contains("supply.fentanylShar"), m);
        assertTrue(m.contains("did you mean 'fentanylShare'"), m);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        List<String> p = problems("name: x\npopulation:\n  agents: many\n  scale: -1\ncascade:\n  call911: 1.5\nbogus: 1\n");
        assertEquals(4, p.size(), String.join("\n", p));
        assertTrue(p.stream().anyMatch(m -> m.contains("population.agents") && m.contains("'many'")));
        assertTrue(p.stream().anyMatch(m -> m.contains("population.scale") && m.contains("allowed")));
        assertTrue(p.stream().anyMatch(m -> m.contains("cascade.call911") && m.contains("[0, 1]")));
        assertTrue(p.stream().anyMatch(m -> m.contains("bogus") && m.contains("unknown key")));
    }

    @Test
    void crossFieldRulesAreChecked() throws IOException {
        assertTrue(problems("horizon:\n  start: 2020-01-01\n  end: 2019-01-01\n").get(0).contains("before start"));
        assertTrue(problems("population:\n  shareStreet: 0.5\n").get(0).contains("add up to"));
    }

    @Test
    void brokenEmptyAndMissingFilesGiveClearErrors() throws IOException {
        assertTrue(problems("name: [unclosed\n").get(0).contains("not valid YAML"));
        assertTrue(problems("").get(0).contains("empty"));
        assertTrue(problems("- a\n- b\n").get(0).contains("mapping"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().contains("nope.yaml: file not found"));
    }

    @Test
    void aliasBombIsRefusedQuickly() throws IOException {
        StringBuilder y = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p);
            for (int k = 0; k < 8; k++) y.append(",*").append(p);
            y.append("]\n");
        }
        long t0 = System.nanoTime();
        List<String> p = problems(y.toString());
        assertTrue(p.get(0).contains("bad.yaml"), p.get(0));
        // Not a timing assertion on speed, a guard against a hang: expansion would take far longer.
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
    }

    @Test
    void extendsOverridesOnlyWhatItSets() throws IOException {
        write("parent.yaml", "name: parent\npopulation:\n  agents: 500\n  scale: 2.0\n");
        Path child = write("child.yaml", "extends: parent.yaml\npopulation:\n  agents: 700\n");
        Scenario s = ScenarioLoader.load(child);
        assertEquals("parent", s.name());
        assertEquals(700, s.population().agents());
        assertEquals(2.0, s.population().scale());
    }

    /** A name with half a character (a lone surrogate) is refused when read, not when a file is written (issue 18, row 10). */
    @Test
    void aNameWithALoneSurrogateIsRefused() throws IOException {
        List<String> p = problems("name: \"a\\uD800b\"\n");
        assertTrue(p.get(0).contains("name: found text with a lone surrogate"), p.toString());
        assertEquals("smile \uD83D\uDE00", ScenarioLoader.parse("t", "name: \"smile \\uD83D\\uDE00\"\n").name());
    }

    /** A chain of 3,000 files extending one another is refused in one line, not with a StackOverflowError (issue 18, row 6). */
    @Test
    void aVeryLongExtendsChainIsRefused() throws IOException {
        for (int k = 0; k < 3000; k++) write("s" + k + ".yaml", k == 2999 ? "name: last\n" : "extends: s" + (k + 1) + ".yaml\n");
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("s0.yaml"))).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("extends: more than 64 files extend one another from s0.yaml"), p.get(0));
        // Up to the limit, a chain loads.
        write("t63.yaml", "name: deep\n");
        for (int k = 0; k < 63; k++) write("t" + k + ".yaml", "extends: t" + (k + 1) + ".yaml\n");
        assertEquals("deep", ScenarioLoader.load(dir.resolve("t0.yaml")).name());
    }

    /** A loop of symbolic links or a name too long is called what it is, not "file not found" (issue 18, row 14). */
    @Test
    void unreadableFilesSayWhy() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("a.yaml"));
        Path loop = write("loop.yaml", "extends: a.yaml\n");
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(loop)).problems();
        assertTrue(p.get(0).contains("extends: too many levels of symbolic links"), p.toString());
        Path longName = write("long.yaml", "extends: " + "x".repeat(300) + ".yaml\n");
        List<String> q = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(longName)).problems();
        assertTrue(q.get(0).contains("extends: file name too long"), q.toString());
        Path missing = write("missing.yaml", "extends: nowhere.yaml\n");
        List<String> r = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing)).problems();
        assertTrue(r.get(0).contains("extends: file not found"), r.toString());
    }

    /** Extending a file that is no scenario (a password file, say) names it without echoing its lines (issue 18, row 12). */
    @Test
    void extendsOfAFileThatIsNoScenarioDoesNotEchoIt() throws IOException {
        write("shadow", "root:$y$j9T$secrethash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n");
        Path f = write("child.yaml", "extends: shadow\nname: x\n");
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("is not a scenario file"), p.get(0));
        assertTrue(!p.get(0).contains("secrethash") && !p.get(0).contains("daemon"), p.get(0));
    }

    /** {@code extends} reads regular files only: a pipe with no writer would hang (issue 18, row 12). */
    @Test
    void extendsOfAPipeIsRefused() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        Path f = write("child.yaml", "extends: pipe.yaml\n");
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems();
        assertTrue(p.get(0).contains("extends: not a regular file (a device, pipe or socket)"), p.toString());
    }

    @Test
    void extendsCycleIsAnError() throws IOException {
        write("a.yaml", "extends: b.yaml\n");
        Path b = write("b.yaml", "extends: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(b));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void nameDefaultsToFileName() throws IOException {
        assertEquals("my-region", ScenarioLoader.load(write("my-region.yaml", "seed: 3\n")).name());
    }

    @Test
    void resolvedScenarioLoadsBackEqual() throws IOException {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withSeed(42).withAgents(1234);
        Path f = write("resolved.yaml", ScenarioWriter.toYaml(s, "test"));
        assertEquals(s, ScenarioLoader.load(f));
    }

    @Test
    void withAgentsKeepsTheRegionTheSame() {
        Scenario s = ScenarioLoader.defaults("x");
        Scenario fewer = s.withAgents(s.population().agents() / 4);
        assertEquals(s.population().agents() * s.population().scale(),
                fewer.population().agents() * fewer.population().scale(), 1e-6);
    }
}
