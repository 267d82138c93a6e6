package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RateCounts;
import odsim.results.RateCounts.Event;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The rate counts agree with the daily series they are counted beside, and with every thread count. */
class RateCountsTest {
    private static final Scenario BASELINE = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withAgents(20_000);

    @Test
    void overdosesByStateAddUpToTheSeries() {
        RunResult r = OverdoseSim.run(BASELINE, 0, 2, null);
        RateCounts c = r.rates();
        double deaths = 0, survived = 0;
        for (UseState s : UseState.ALL) {
            deaths += c.state(s, -1, RateCounts.DEATHS);
            survived += c.state(s, -1, RateCounts.NONFATAL);
        }
        assertEquals(r.total(Measure.OVERDOSE_DEATHS), deaths, 1e-6);
        assertEquals(r.total(Measure.NONFATAL_OVERDOSES), survived, 1e-6);
        assertEquals(r.total(Measure.OVERDOSE_DEATHS_STREET), c.state(UseState.STREET, -1, RateCounts.DEATHS), 1e-6);
        assertEquals(r.total(Measure.OVERDOSE_DEATHS_IN_TREATMENT),
                c.state(UseState.METHADONE, -1, RateCounts.DEATHS) + c.state(UseState.BUPRENORPHINE, -1, RateCounts.DEATHS), 1e-6);
        // Deaths in the first 14 days after release, counted two ways.
        assertEquals(r.total(Measure.OVERDOSE_DEATHS_AFTER_CUSTODY), c.window(Event.CUSTODY_RELEASE, 0, 1, RateCounts.DEATHS), 1e-6);
        assertEquals(r.total(Measure.OVERDOSE_DEATHS_AFTER_REHAB), c.window(Event.REHAB_DISCHARGE, 0, 1, RateCounts.DEATHS), 1e-6);
        assertTrue(c.window(Event.CUSTODY_RELEASE, 0, 1, RateCounts.DEATHS) > 0, "deaths soon after release happen");
    }

    @Test
    void personDaysAfterAnEventFitTheHorizon() {
        RunResult r = OverdoseSim.run(BASELINE, 0, 2, null);
        RateCounts c = r.rates();
        double scale = BASELINE.population().scale();
        for (Event e : Event.ALL) {
            // Window 0-14 holds at most 15 days per event of that kind in the horizon.
            Measure events = switch (e) {
                case CUSTODY_RELEASE, REHAB_DISCHARGE -> Measure.RELEASES;
                case LEAVING_TREATMENT -> Measure.TREATMENT_EXITS;
                case STARTING_TREATMENT -> Measure.TREATMENT_STARTS;
            };
            double first = c.window(e, 0, 1, RateCounts.PERSON_DAYS);
            assertTrue(first > 0, e + " has person-time");
            assertTrue(first <= 15 * (r.total(events) + BASELINE.population().agents() * scale), e + ": " + first);
            // Days 15-28 follow days 0-14: no one reaches them without passing through the first window.
            assertTrue(c.window(e, 2, 2, RateCounts.PERSON_DAYS) <= first, e + " thins out");
        }
        // Every living person-day after leaving treatment is outside treatment: fewer than all person-days.
        double outside = 0;
        for (UseState s : UseState.ALIVE) if (!s.onMedication()) outside += odsim.results.RatesWriter.personYears(r, s, -1);
        assertTrue(c.window(Event.LEAVING_TREATMENT, 0, 5, RateCounts.PERSON_DAYS) / odsim.model.Rates.DAYS_PER_YEAR <= outside + 1);
    }

    @Test
    void sameCountsWhateverTheThreads() {
        Scenario s = BASELINE.withAgents(6_000);
        RunResult one = OverdoseSim.run(s, 0, 1, null), two = OverdoseSim.run(s, 0, 2, null);
        assertTrue(one.rates().window(Event.LEAVING_TREATMENT, 0, 5, RateCounts.PERSON_DAYS) > 0
                && one.rates().state(UseState.STREET, -1, RateCounts.DEATHS) > 0, "there is something to count");
        assertTrue(Arrays.deepEquals(one.rates().byState(), two.rates().byState()));
        assertTrue(Arrays.deepEquals(one.rates().byWindow(), two.rates().byWindow()));
    }
}
