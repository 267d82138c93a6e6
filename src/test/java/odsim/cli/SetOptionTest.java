package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set PATH=VALUE} on run, and validate of sweep files. */
class SetOptionTest {
    @TempDir
    Path dir;

    @Test
    void setChangesTheResolvedScenario() throws IOException {
        Path out = dir.resolve("out");
        CommandLineTest.Outcome o = CommandLineTest.odsim("run", "scenarios/baseline.yaml", "-r", "1", "-n", "500", "-q", "-o", out.toString(),
                "--set", "horizon.end=2015-03-31", "--set", "policies.opc.sites=7",
                "--set", "supply.fentanylShare={interpolation: step, points: {2015-01-01: 0.3}}");
        assertEquals(0, o.code(), o.err());
        String resolved = Files.readString(out.resolve("scenario.yaml"));
        assertTrue(resolved.contains("end: 2015-03-31") && resolved.contains("sites: 7.0")
                && resolved.contains("fentanylShare:\n    interpolation: step\n    points:\n      \"2015-01-01\": 0.3\n"), resolved);
    }

    @Test
    void badSetIsExitCodeTwoNamingTheOption() {
        CommandLineTest.Outcome o = CommandLineTest.odsim("run", "scenarios/levers/opc.yaml", "-q",
                "-o", dir.resolve("c").toString(), "--set", "policies.opc.site=3");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--set policies.opc.site=3: policies.opc.site: unknown key; did you mean 'sites'?"), o.err());
        assertFalse(o.err().contains("\tat "));
        assertEquals(2, CommandLineTest.odsim("run", "scenarios/baseline.yaml", "-q", "--set", "justtext").code());
    }

    @Test
    void validateChecksSweepFiles() throws IOException {
        CommandLineTest.Outcome ok = CommandLineTest.odsim("validate", "scenarios/sweeps/naloxone-opc.yaml");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("naloxone-opc.yaml: ok"), ok.out());
        Path bad = Files.writeString(dir.resolve("bad-sweep.yaml"), "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\nreplications: 1\nparameters: {policies.opc.sites: [1, 2]}\nchart: {x: sites}\n");
        CommandLineTest.Outcome o = CommandLineTest.odsim("validate", bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad-sweep.yaml:4:12: chart.x: found 'sites'"), o.err());
    }
}
