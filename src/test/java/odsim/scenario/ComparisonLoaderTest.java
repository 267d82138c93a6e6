package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theMainComparisonLoads() {
        Path file = Path.of("scenarios/comparisons/main.yaml");
        assertTrue(ComparisonLoader.isComparisonFile(file));
        assertFalse(ComparisonLoader.isComparisonFile(Path.of("scenarios/baseline.yaml")));
        ComparisonLoader.Plan plan = ComparisonLoader.load(file);
        assertEquals(Path.of("scenarios/baseline.yaml"), plan.baseline());
        assertEquals(2, plan.alternatives().size());
        assertEquals(Perspective.GOVERNMENT, plan.settings().perspective());
        assertEquals(0.03, plan.settings().discountRate());
        assertNull(plan.horizonOverride());
        for (Path p : plan.alternatives()) ScenarioLoader.load(p);
    }

    @Test
    void missingBaselineAndEmptyAlternativesAreReportedTogether() throws IOException {
        Path file = Files.writeString(dir.resolve("c.yaml"), "name: x\nalternatives: []\nreplications: 0\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ComparisonLoader.load(file));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("baseline: required"), all);
        assertTrue(all.contains(file + ":2:15: alternatives: required"), all);
        assertTrue(all.contains(file + ":3:15: replications: found 0; allowed [1, 100000]"), all);
    }

    @Test
    void alternativesMustBeFileNames() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), "name: b\n");
        Path file = Files.writeString(dir.resolve("c.yaml"), "baseline: b.yaml\nalternatives:\n  - {name: x}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ComparisonLoader.load(file));
        assertTrue(e.problems().get(0).contains("alternatives[0]: expected text, found a mapping"), e.problems().toString());
    }
}
