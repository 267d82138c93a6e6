package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("ensemble.csv"), text);
    }

    private List<String> problems(String text) throws IOException {
        Path f = file(text);
        return assertThrows(ScenarioException.class, () -> Ensemble.read(f, ScenarioLoader.defaults("base"))).problems();
    }

    @Test
    void runRUsesSetRModK() throws IOException {
        Ensemble e = Ensemble.read(file("# from a calibration\n# of two parameters\nset,overdose.halfRatio,use.relapsePerYear\n"
                + "7,8.5,0.1\n12,9.5,0.2\n"), ScenarioLoader.defaults("base"));
        assertEquals(List.of("overdose.halfRatio", "use.relapsePerYear"), e.paths());
        assertEquals(List.of("from a calibration", "of two parameters"), e.comments());
        assertEquals(2, e.size());
        Scenario base = ScenarioLoader.defaults("base").withSeed(99);
        for (int r = 0; r < 5; r++) {
            Scenario s = e.scenarioFor(base, r);
            assertEquals(r % 2 == 0 ? 8.5 : 9.5, s.overdose().halfRatio(), 0.0);
            assertEquals(r % 2 == 0 ? 0.1 : 0.2, s.use().relapsePerYear(), 0.0);
            assertEquals(99, s.seed());
            assertEquals("base", s.name());
        }
        // Everything the set does not give stays as the scenario has it.
        assertEquals(base.supply(), e.scenarioFor(base, 0).supply());
        assertEquals(base.overdose().steepness(), e.scenarioFor(base, 1).overdose().steepness(), 0.0);
    }

    @Test
    void badFilesNameTheirLineAndColumn() throws IOException {
        String file = dir.resolve("ensemble.csv").toString();
        assertEquals(List.of(file + ":1:5: overdose.halfRatoi: unknown key; did you mean 'halfRatio'?; allowed: maxProbability, halfRatio, steepness"),
                problems("set,overdose.halfRatoi\na,8\nb,9\n"));
        assertEquals(List.of(file + ":3:3: overdose.halfRatio: found 'x'; expected a number in [0.1, 100]",
                        file + ":4:3: overdose.halfRatio: found -1; allowed [0.1, 100]"),
                problems("set,overdose.halfRatio\na,8\nb,x\nc,-1\n"));
        assertTrue(problems("point,overdose.halfRatio\na,8\n").get(0).startsWith(file + ":1:1: header: found 'point,overdose.halfRatio'; expected set"));
        assertEquals(List.of(file + ":3:1: set: 'a' is already a set's name"), problems("set,overdose.halfRatio\na,8\na,9\n"));
        assertEquals(List.of(file + ":2:1: row: found 3 values; expected 2 (set and a value for each parameter)"),
                problems("set,overdose.halfRatio\na,8,1\n"));
        assertEquals(List.of(file + ":2:3: overdose.halfRatio: empty; every set gives every parameter of the file"),
                problems("set,overdose.halfRatio\na,\n"));
        assertEquals(List.of(file + ": ensemble: no parameter sets; expected one row per set (a calibration that accepted none has no ensemble)"),
                problems("# none accepted\nset,overdose.halfRatio\n"));
        assertEquals(List.of(file + ":1:24: overdose.halfRatio: this column is given twice"), problems("set,overdose.halfRatio,overdose.halfRatio\na,8,8\n"));
        Path missing = dir.resolve("nothing.csv");
        assertTrue(assertThrows(ScenarioException.class, () -> Ensemble.read(missing, ScenarioLoader.defaults("b"))).problems().get(0)
                .startsWith(missing + ": ensemble: "));
    }
}
