package odsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks time the same region at every size, and the every-lever layer can be written out as a scenario. */
class BenchScenariosTest {
    @Test
    void everySizeIsTheSameRegion() {
        Scenario small = BenchScenarios.scenario("all-levers", 100_000), large = BenchScenarios.scenario("all-levers", 1_000_000);
        assertEquals(1_000_000, large.population().agents());
        // Ten times the agents, each for a tenth of the people: the same people at risk in the same region.
        assertEquals(small.population().agents() * small.population().scale(), large.population().agents() * large.population().scale(), 1e-6);
        assertEquals(small.population().regionPopulation(), large.population().regionPopulation());
        assertEquals(0, large.population().entrantsPerYear());
    }

    @Test
    void theLayerPrintsAsAScenarioExtendingTheOneGiven(@TempDir Path dir) throws Exception {
        Path base = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            BenchScenarios.main(new String[] {base.toString()});
        } finally {
            System.setOut(out);
        }
        Path file = dir.resolve("all-levers.yaml");
        Files.writeString(file, printed.toString(StandardCharsets.UTF_8));
        Scenario s = ScenarioLoader.load(file);
        assertEquals("all-levers", s.name());
        assertTrue(s.policies().drugChecking().level().max() > 0 && s.policies().opc().level().max() > 0, "levers on");
        assertEquals(ScenarioLoader.load(base).horizon(), s.horizon(), "the base scenario's horizon");
    }
}
