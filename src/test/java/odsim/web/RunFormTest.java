package odsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import odsim.cli.Main;
import odsim.scenario.DatedCurve;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser's run is checked and built as {@code odsim run} with the same options builds it. */
class RunFormTest {
    private static final ScenarioCatalog CATALOG = ScenarioCatalog.load(null);
    private static final WebSettings SETTINGS = new WebSettings("127.0.0.1", 0, 5000, 20, 1, 10, 10, null, 2);
    private final RunForm form = new RunForm(CATALOG, SETTINGS);

    private static RunInput input(String agents, String end, String from, Map<String, String> levers) {
        return new RunInput("teaching/fentanyl-arrives", agents, "", end, from, levers);
    }

    private Map<String, String> errors(RunInput in) {
        return assertThrows(FormErrors.class, () -> form.prepare(in)).byControl();
    }

    @Test
    void theRunIsTheScenarioTheCommandLineBuildsWithTheSameSettings() {
        PreparedRun p = form.prepare(input("3000", "2016-12-31", "", Map.of("policies.opc.level", "1", "supply.fentanylShare", "0.2")));
        List<ParameterOverride> sets = p.sets().stream().map(s -> ParameterOverride.parse(s, "--set")).toList();
        Scenario cli = ScenarioLoader.load(Path.of("scenarios/teaching/fentanyl-arrives.yaml"), sets).withSeed(p.seed()).withAgents(3000);
        assertEquals(cli, p.scenario());
        assertTrue(p.command().startsWith("java -jar target/odsim.jar run scenarios/teaching/fentanyl-arrives.yaml --replications 1 --seed 20150101 --agents 3000 "),
                p.command());
        // The baseline of the band and the report: the scenario as shipped, at the same size, horizon and seed.
        Scenario shipped = ScenarioLoader.load(Path.of("scenarios/teaching/fentanyl-arrives.yaml"),
                List.of(ParameterOverride.parse("horizon.end=2016-12-31", "--set"))).withSeed(p.seed()).withAgents(3000);
        assertEquals(shipped, p.baseline());
    }

    @Test
    void aLeverMovedFromADateKeepsTheScenarioBeforeIt() {
        PreparedRun p = form.prepare(input("", "", "2019-01-01", Map.of("supply.fentanylShare", "0.1")));
        DatedCurve shipped = (DatedCurve) CATALOG.get("teaching/fentanyl-arrives").scenario().valueAt("supply.fentanylShare");
        DatedCurve moved = (DatedCurve) p.scenario().valueAt("supply.fentanylShare");
        assertEquals(shipped.valueAt(LocalDate.of(2017, 6, 1)), moved.valueAt(LocalDate.of(2017, 6, 1)));
        assertEquals(0.1, moved.valueAt(LocalDate.of(2019, 1, 1)));
        assertEquals(0.1, moved.valueAt(LocalDate.of(2021, 12, 31)));
        assertTrue(p.command().contains("--set 'supply.fentanylShare={interpolation: linear, points: {"), p.command());
        // The command shown gives the same scenario.
        List<ParameterOverride> sets = p.sets().stream().map(s -> ParameterOverride.parse(s, "--set")).toList();
        assertEquals(ScenarioLoader.load(Path.of("scenarios/teaching/fentanyl-arrives.yaml"), sets).withAgents(p.agents()), p.scenario());
    }

    @Test
    void everyProblemIsKeptUnderItsControlWithTheCommandLinesMessage(@TempDir Path tmp) {
        Map<String, String> e = errors(new RunInput("teaching/fentanyl-arrives", "9000", "-1", "2021-13-01", "1999-01-01",
                Map.of("policies.naloxone.level", "2", "policies.opc.level", "many", "population.agents", "5")));
        assertEquals("--agents: found 9000; allowed 1 to 5000 (the most this server runs: odsim serve --max-agents)", e.get("agents"));
        assertEquals("--seed: found '-1'; allowed a whole number >= 0", e.get("seed"));
        assertEquals("population.agents: not a lever this page offers", e.get("population.agents"));
        assertTrue(e.get("from").startsWith("from: found 1999-01-01; allowed a date from 2014-01-01 to 2021-12-31"), e.get("from"));
        for (String[] set : new String[][] {{"policies.naloxone.level", "2"}, {"policies.opc.level", "many"}, {"horizon.end", "2021-13-01"}}) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", "scenarios/teaching/fentanyl-arrives.yaml",
                    "--set", set[0] + "=" + set[1], "--out", tmp.resolve(set[0]).toString());
            assertEquals(2, code);
            String control = set[0].equals("horizon.end") ? "end" : set[0];
            assertEquals(err.toString().strip(), "odsim: error: " + e.get(control), control);
        }
    }

    @Test
    void theServersCapsHoldTheSizeAndTheHorizon() {
        assertTrue(errors(input("", "2030-12-31", "", Map.of())).get("end")
                .startsWith("horizon: 2014-01-01 to 2030-12-31 after a warm-up of 8 years is 25.0 years, warm-up included; allowed up to 20"));
        assertEquals(5000, form.prepare(input("", "", "", Map.of())).agents(), "the scenario's 20,000 agents, capped");
        assertTrue(errors(new RunInput("../../etc/passwd", "", "", "", "", Map.of())).get("scenario").startsWith("scenario: found '../../etc/passwd'"));
        assertTrue(errors(input("1".repeat(300), "", "", Map.of())).get("form").contains("allowed up to 200"));
    }
}
