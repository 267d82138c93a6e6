package odsim.cli;

import static odsim.cli.CommandLineTest.odsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code odsim gui} on bad input and without a display: a clean error, exit code 2, no stack trace. */
class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingScenarioIsBadInput() {
        CommandLineTest.Outcome o = odsim("gui", dir.resolve("nowhere.yaml").toString());
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().startsWith("odsim: error: "), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void aBadScenarioIsBadInput() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "population: {agents: -5}\n");
        CommandLineTest.Outcome o = odsim("gui", bad.toString());
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("population.agents"), o.err());
    }

    @Test
    void halfOfTheAutoplayOptionsIsBadInput() {
        CommandLineTest.Outcome o = odsim("gui", "scenarios/teaching/fentanyl-arrives.yaml", "--autoplay-days", "10");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--screenshot"), o.err());
    }

    @Test
    void withoutADisplayItSaysSo() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this test needs a session without a display");
        CommandLineTest.Outcome o = odsim("gui", "scenarios/teaching/fentanyl-arrives.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("no display"), o.err());
        assertFalse(o.err().contains("HeadlessException"), o.err());
    }

    @Test
    void theTeachingScenariosAreValid() {
        CommandLineTest.Outcome o = odsim("validate", "scenarios/teaching/fentanyl-arrives.yaml", "scenarios/teaching/release-from-jail.yaml",
                "scenarios/teaching/naloxone-and-opc.yaml");
        assertEquals(0, o.code(), o.err());
    }
}
