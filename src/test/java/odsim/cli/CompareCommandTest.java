package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
