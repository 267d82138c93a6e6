package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.model.UseState;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** People on prescribed opioids are stepped only on possible overdose days: the rule must be the daily one. */
class PrescriptionsTest {
    private static final String ALL_PRESCRIBED = "population: {agents: 200000, sharePrescribed: 1, shareStreet: 0}\n"
            + "overdose: {halfRatio: 3.0}\n";

    @Test
    void closedFormToleranceIsTheDailyUpdate() {
        Rules r = new Rules(Sims.scenario(Sims.FROZEN));
        for (double start : new double[] {0.05, 0.3, 0.9, 4.0}) {
            double dose = 0.6, t = Math.max(r.naiveTolerance, start);
            for (int day = 0; day < 400; day++) {
                // What the day loop would do each day: bring tolerance (never below naive), move it toward the dose's mean intake.
                double brought = Math.max(r.naiveTolerance, t);
                assertEquals(brought, Prescriptions.tolerance(r, start, -1, dose, day), 1e-9 * brought, "start " + start + ", day " + day);
                t = brought + r.adaptation * (dose * r.pharmaMeanPotency - brought);
            }
        }
    }

    @Test
    void overdosesComeAtTheDailyChance() {
        // Everyone starts at a tolerance a third of their dose, so the daily chance falls as it
        // adapts; thinning against the bound must give the sum of the daily chances.
        Scenario s = Sims.scenario(Sims.FROZEN, ALL_PRESCRIBED);
        OverdoseSim sim = Sims.started(s, 11, 2);
        People p = sim.people;
        Rules r = sim.world.rules;
        int days = 60;
        double expected = 0;
        for (int i = 0; i < p.size; i++) {
            assertEquals(UseState.PRESCRIBED, p.state(i));
            p.tolerance[i] = p.habitualDose[i] / 3;
            Person person = new ColumnPerson().at(sim, i);
            Prescriptions.start(sim.world, person, 0);
            sim.refreshDue(i, -1);
            for (int d = 0; d < days; d++) {
                expected += r.pharmaRisk.probability(p.habitualDose[i] / Prescriptions.tolerance(sim.world, person, d));
            }
        }
        Sims.days(sim, days);
        int overdoses = 0;
        for (int i = 0; i < p.size; i++) overdoses += p.overdoses(i);
        double sd = Math.sqrt(expected);
        assertTrue(expected > 100, "a test with too few events: " + expected);
        assertTrue(Math.abs(overdoses - expected) < 4 * sd, overdoses + " overdoses, expected " + expected + " +- " + sd);
    }
}
