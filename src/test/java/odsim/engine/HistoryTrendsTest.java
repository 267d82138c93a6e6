package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import odsim.results.Measure;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * What history moves (use.prescribingTrend, use.pillSupplyTrend, use.misuseTrend, use.escalationTrend,
 * treatment.startsTrend): each multiplies one flow's daily chance on each date, measured as
 * events per person-day in the state the flow leaves, against the same population with the
 * trend at 1 (common random numbers). The use flows run at 2.5 a year whatever the pain (elasticity
 * 0), so doubled they pass the
 * states' 4 candidate days a year: the candidate-day chance must rise with the trend's highest
 * value, or the flow would be capped near 1.6 times. (Treatment starts stay low: places are finite.)
 */
class HistoryTrendsTest {
    private static final String YEAR = Sims.YEAR_2021;

    /** Events of {@code flow} per person-day in the state counted by {@code stock}. */
    private static double rate(RunResult r, Measure flow, Measure stock) {
        return r.total(flow) / Arrays.stream(r.series(stock)).sum();
    }

    private static void assertMultiplies(String everyoneIn, String rates, String trendKey, Measure flow, Measure stock) {
        RunResult one = Sims.run(Sims.FROZEN, YEAR, everyoneIn, rates);
        assertTrue(one.total(flow) > 1000, flow.label() + " at trend 1: " + one.total(flow));
        for (double m : new double[] {0.5, 2.0}) {
            RunResult moved = Sims.run(Sims.FROZEN, YEAR, everyoneIn, rates, trendKey.formatted(m));
            double ratio = rate(moved, flow, stock) / rate(one, flow, stock);
            assertEquals(m, ratio, 0.08 * m, flow.label() + " per person-day, trend " + m + " against 1");
        }
    }

    @Test
    void prescribingMultipliesPrescriptionStarts() {
        assertMultiplies("population: {shareStreet: 0, shareNoUse: 1}\n", "use: {prescriptionStartPerYear: 2.5, prescriptionStartElasticity: 0}\n",
                "use: {prescribingTrend: %s}\n", Measure.PRESCRIPTION_STARTS, Measure.PEOPLE_NO_USE);
    }

    @Test
    void pillSupplyMultipliesInitiation() {
        assertMultiplies("population: {shareStreet: 0, shareNoUse: 1}\n", "use: {initiationPerYear: 2.5, initiationElasticity: 0}\n",
                "use: {pillSupplyTrend: %s}\n", Measure.INITIATIONS, Measure.PEOPLE_NO_USE);
    }

    @Test
    void misuseTrendMultipliesPatientsMisuse() {
        // Prescriptions do not end, so every start of non-medical use is a patient's.
        assertMultiplies("population: {shareStreet: 0, sharePrescribed: 1}\n",
                "use: {prescribedToMisusePerYear: 2.5, initiationElasticity: 0, prescriptionEndPerYear: 0}\n",
                "use: {misuseTrend: %s}\n", Measure.INITIATIONS, Measure.PEOPLE_PRESCRIBED);
    }

    @Test
    void escalationTrendMultipliesEscalation() {
        assertMultiplies("population: {shareStreet: 0, shareNonmedical: 1}\n", "use: {escalationPerYear: 2.5, escalationElasticity: 0}\n",
                "use: {escalationTrend: %s}\n", Measure.ESCALATIONS, Measure.PEOPLE_NONMEDICAL);
    }

    @Test
    void treatmentTrendMultipliesTreatmentStarts() {
        assertMultiplies("population: {shareStreet: 1}\n", "treatment: {startsPerYear: 0.2}\n", "treatment: {startsTrend: %s}\n",
                Measure.TREATMENT_STARTS, Measure.PEOPLE_STREET);
    }

    @Test
    void aDatedTrendActsFromItsDateOnly() {
        // No prescriptions start before July; from July they start at the full rate.
        String july = "use: {prescriptionStartPerYear: 0.2, prescribingTrend: {interpolation: step, points: {2021-01-01: 0, 2021-07-01: 1}}}\n";
        RunResult r = Sims.run(Sims.FROZEN, YEAR, "population: {shareStreet: 0, shareNoUse: 1}\n", july);
        double[] starts = r.series(Measure.PRESCRIPTION_STARTS);
        int july1 = 181;
        assertEquals(0, Arrays.stream(starts, 0, july1).sum(), "starts before July");
        assertTrue(Arrays.stream(starts, july1, starts.length).sum() > 1000, "starts from July");
    }

    @Test
    void trendsAtOneChangeNothing() {
        String ones = "use: {prescribingTrend: 1, pillSupplyTrend: 1, misuseTrend: 1, escalationTrend: 1}\ntreatment: {startsTrend: 1}\n";
        RunResult plain = Sims.run(YEAR);
        RunResult withOnes = Sims.run(YEAR, ones);
        for (Measure m : Measure.ALL) assertArrayEquals(plain.series(m), withOnes.series(m), m.label());
    }
}
