package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A scenario changed by parameter path (the GUI's levers, programs): exact, and checked like a file. */
class ScenarioByPathTest {
    /** Written out and bound again with nothing changed, every shipped scenario is equal to itself, to the last bit. */
    @Test
    void aChangeOfNothingGivesAnEqualScenario() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("sweeps")
                    && !p.toString().contains("comparisons")).toList();
        }
        assertTrue(files.size() > 15, "scenarios found: " + files.size());
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f);
            assertEquals(s, ScenarioLoader.change(s, List.of()), f.toString());
        }
    }

    @Test
    void aCurveSetByPathIsReadBackByPath() {
        Scenario s = ScenarioLoader.defaults("t");
        DatedCurve from2019 = DatedCurve.constant(0).withValueFrom(LocalDate.of(2019, 1, 1), 0.5);
        Scenario changed = s.with("policies.naloxone.level", from2019, "a test");
        assertEquals(from2019, changed.valueAt("policies.naloxone.level"));
        assertEquals(from2019, changed.policies().naloxone().level());
        assertNotEquals(s, changed);
        // Nothing else moved.
        assertEquals(s.policies().opc(), changed.policies().opc());
        assertEquals(s.supply(), changed.supply());
        assertEquals(s.seed(), changed.seed());
        assertNull(s.valueAt("policies.naloxone.nonsense"));
    }

    @Test
    void aBadPathOrValueIsRefusedNamingWhoSetIt() {
        Scenario s = ScenarioLoader.defaults("t");
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> s.with("policies.naloxone.levle", 1.0, "the GUI"));
        assertTrue(unknown.getMessage().contains("the GUI") && unknown.getMessage().contains("levle"), unknown.getMessage());
        ScenarioException range = assertThrows(ScenarioException.class, () -> s.with("policies.naloxone.level", 2.0, "the GUI"));
        assertTrue(range.getMessage().contains("level"), range.getMessage());
    }
}
