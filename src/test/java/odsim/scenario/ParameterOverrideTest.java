package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterOverrideTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

    @Test
    void setsANumberACurveAndLeavesTheRest() {
        Scenario plain = ScenarioLoader.load(BASELINE);
        Scenario s = ScenarioLoader.load(BASELINE, List.of(
                ParameterOverride.parse("policies.naloxone.kitsPerYearPer100k=2500", "--set"),
                ParameterOverride.parse("supply.fentanylShare={interpolation: step, points: {2015-01-01: 0.1, 2020-01-01: 0.9}}", "--set")));
        assertEquals(2500, s.policies().naloxone().kitsPerYearPer100k());
        assertEquals(0.1, s.supply().fentanylShare().valueAt(LocalDate.of(2019, 12, 31)));
        assertEquals(0.9, s.supply().fentanylShare().valueAt(LocalDate.of(2020, 1, 1)));
        assertEquals(plain.policies().opc(), s.policies().opc());
        assertEquals(plain.population(), s.population());
        assertEquals("baseline", s.name());
    }

    @Test
    void unknownPathWrongTypeAndOutOfRangeNameTheirPlace() {
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASELINE, List.of(
                new ParameterOverride("policies.naloxone.kitsPerYear", new YNode.Scalar("5", new Mark("s.yaml", 4, 30)), new Mark("s.yaml", 4, 3)),
                new ParameterOverride("policies.opc.sites", new YNode.Scalar("many", new Mark("s.yaml", 5, 24)), new Mark("s.yaml", 5, 3)),
                new ParameterOverride("cascade.call911", new YNode.Scalar("1.5", new Mark("s.yaml", 6, 20)), new Mark("s.yaml", 6, 3))))).problems();
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:4:3: policies.naloxone.kitsPerYear: unknown key; allowed: level, kitsPerYearPer100k, costPerKit"), p.get(0));
        assertTrue(p.get(1).startsWith("s.yaml:5:24: policies.opc.sites: found 'many'; expected a number"), p.get(1));
        assertTrue(p.get(2).startsWith("s.yaml:6:20: cascade.call911: found 1.5; allowed [0, 1]"), p.get(2));
    }

    @Test
    void malformedPathsAreRefused() {
        assertThrows(ScenarioException.class, () -> ParameterOverride.parse("policies..opc=1", "--set"));
        assertThrows(ScenarioException.class, () -> ParameterOverride.parse("seed=1", "--set"));
        assertThrows(ScenarioException.class, () -> ParameterOverride.parse("no-equals-sign", "--set"));
    }

    @Test
    void anItemOfAListIsSetByItsIndexAndOnlyIfItExists() {
        String shocks = "jobLossShocks:\n  - {date: 2016-06-01, share: 0.1}\n  - {date: 2018-06-01, share: 0.05}\n";
        Scenario s = ScenarioLoader.bind(YamlTree.parse("t", shocks), "t",
                List.of(ParameterOverride.parse("jobLossShocks[1].share=0.2", "--set")));
        assertEquals(0.1, s.jobLossShocks().get(0).share());
        assertEquals(0.2, s.jobLossShocks().get(1).share());
        assertEquals(LocalDate.of(2018, 6, 1), s.jobLossShocks().get(1).date());
        ScenarioException beyond = assertThrows(ScenarioException.class, () -> ScenarioLoader.bind(YamlTree.parse("t", shocks), "t",
                List.of(ParameterOverride.parse("jobLossShocks[2].share=0.2", "--set"))));
        assertTrue(beyond.getMessage().contains("jobLossShocks has 2 items; allowed: jobLossShocks[0] to jobLossShocks[1]"), beyond.getMessage());
        // An index past any int is out of range too, not a NumberFormatException (issue 18, row 5).
        ScenarioException huge = assertThrows(ScenarioException.class, () -> ScenarioLoader.bind(YamlTree.parse("t", shocks), "t",
                List.of(ParameterOverride.parse("jobLossShocks[99999999999].share=0.1", "--set"))));
        assertTrue(huge.getMessage().contains("jobLossShocks has 2 items"), huge.getMessage());
        ScenarioException notAList = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASELINE,
                List.of(ParameterOverride.parse("pain[0].shockSize=0.2", "--set"))));
        assertTrue(notAList.getMessage().contains("pain is not a list in this scenario"), notAList.getMessage());
    }
}
