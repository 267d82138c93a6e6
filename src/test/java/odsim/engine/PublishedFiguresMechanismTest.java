package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RateCounts;
import odsim.results.RateCounts.Event;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms changed to agree with published figures (docs/validation.md), each measured in the
 * model with common random numbers against the same scenario without the change.
 */
class PublishedFiguresMechanismTest {
    private static final String YEAR = "population: {agents: 40000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n";


    @Test
    void edContactIsItsOwnParameterAndLeavesDeathsAlone() {
        RunResult usual = Sims.run(YEAR);
        RunResult fewer = Sims.run(YEAR, "cascade: {transportAfterEms: 0.4, edWithoutEms: 0}\n");
        assertTrue(usual.total(Measure.OVERDOSE_DEATHS) > 0 && usual.total(Measure.NONFATAL_OVERDOSES) > 0, "overdoses happened");
        // The same overdoses and deaths, bit for bit: where a survivor goes after does not change who survives.
        assertArrayEquals(usual.series(Measure.OVERDOSE_DEATHS), fewer.series(Measure.OVERDOSE_DEATHS));
        assertArrayEquals(usual.series(Measure.NONFATAL_OVERDOSES), fewer.series(Measure.NONFATAL_OVERDOSES));
        double hospitalUsual = usual.total(Measure.ED_VISITS), hospitalFewer = fewer.total(Measure.ED_VISITS);
        assertTrue(usual.total(Measure.HOSPITAL_ADMISSIONS) < hospitalUsual, "admissions are some of the visits");
        // EMS-seen survivors, 0.876 of them taken in, and 5% of the rest: against 0.4 of the EMS-seen alone.
        double ems = usual.total(Measure.EMS_CALLS); // calls include fatal overdoses: an upper bound on survivors seen
        assertTrue(hospitalFewer < 0.6 * hospitalUsual, hospitalFewer + " against " + hospitalUsual);
        assertTrue(hospitalUsual <= ems + 0.05 * usual.total(Measure.NONFATAL_OVERDOSES) + 1, "at most the EMS-seen and the few walking in");
    }

    @Test
    void safeSupplyEnrolmentIsAParameter() {
        String program = "policies: {safeSupply: {level: 1, model: prescriber, capacityPer100k: 100000}}\n";
        RunResult usual = Sims.run(Sims.FROZEN, YEAR, program);
        RunResult more = Sims.run(Sims.FROZEN, YEAR, "policies: {safeSupply: {level: 1, model: prescriber, capacityPer100k: 100000, enrolmentPerYear: 0.6}}\n");
        int last = usual.days() - 1;
        double a = usual.series(Measure.PEOPLE_SAFE_SUPPLY)[last], b = more.series(Measure.PEOPLE_SAFE_SUPPLY)[last];
        assertTrue(a > 100, "the program has clients: " + a);
        assertTrue(b > 2.5 * a, "four times the requests, more than 2.5 times the clients: " + a + " -> " + b);
    }

    @Test
    void treatmentDoesNotMakeAPillUserAStreetUser() {
        // Everyone misuses pills and starts treatment often and leaves it often; nobody escalates.
        String layer = """
                population: {agents: 20000, entrantsPerYear: 0, shareNonmedical: 1, shareStreet: 0, shareNoUse: 0, sharePrescribed: 0,
                             shareMethadone: 0, shareBuprenorphine: 0, shareRemission: 0}
                use: {escalationPerYear: 0, nonmedicalCessationPerYear: 0, initiationPerYear: 0, prescriptionStartPerYear: 0}
                treatment: {startsPerYear: 2, methadoneDropoutPerYear: 3, buprenorphineDropoutPerYear: 3}
                horizon: {start: 2022-01-01, end: 2022-12-31}
                """;
        RunResult r = Sims.run(layer);
        assertTrue(r.total(Measure.TREATMENT_EXITS) > 1000, "people left treatment: " + r.total(Measure.TREATMENT_EXITS));
        assertEquals(0.0, r.series(Measure.PEOPLE_STREET)[r.days() - 1], "nobody came back from treatment to street opioids");
    }

    @Test
    void deathsAfterReleaseSpreadOverTheFirstWeeks() {
        String custody = "policing: {streetArrestsPerYear: 1, meanJailDays: 20, prisonShare: 0, remissionAfterRelease: 0}\n";
        RunResult soon = Sims.run(Sims.FROZEN, YEAR, custody, "policing: {daysToFirstUseAfterRelease: 0}\n");
        RunResult later = Sims.run(Sims.FROZEN, YEAR, custody);
        RateCounts a = soon.rates(), b = later.rates();
        double dayZeroSoon = a.window(Event.CUSTODY_RELEASE, RateCounts.DAY_0, RateCounts.DAY_0, RateCounts.DEATHS);
        double dayZeroLater = b.window(Event.CUSTODY_RELEASE, RateCounts.DAY_0, RateCounts.DAY_0, RateCounts.DEATHS);
        double firstTwoWeeksLater = b.window(Event.CUSTODY_RELEASE, RateCounts.DAY_0, RateCounts.DAYS_1_14, RateCounts.DEATHS);
        assertTrue(dayZeroSoon > 3 * Math.max(1, dayZeroLater), "returning at once puts deaths on the release day: " + dayZeroSoon + " vs " + dayZeroLater);
        assertTrue(dayZeroLater < 0.2 * firstTwoWeeksLater, "with a week to the first use, few fall on the day itself");
    }

    @Test
    void methadoneInductionRaisesEarlyRiskOnTreatment() {
        String onTreatment = "population: {agents: 100000}\n"
                + "treatment: {startsPerYear: 3, methadoneShare: 1, methadoneDropoutPerYear: 3, methadoneStreetUseDay: 0.3}\n";
        RunResult induction = Sims.run(Sims.FROZEN, YEAR, onTreatment);
        RunResult full = Sims.run(Sims.FROZEN, YEAR, onTreatment, "treatment: {methadoneStartingShare: 1}\n");
        double early = induction.rates().window(Event.STARTING_TREATMENT, RateCounts.DAY_0, RateCounts.DAYS_15_28, RateCounts.DEATHS);
        double earlyFull = full.rates().window(Event.STARTING_TREATMENT, RateCounts.DAY_0, RateCounts.DAYS_15_28, RateCounts.DEATHS);
        // Common random numbers: the same people start on the same days and meet the same batches, so the
        // difference is the induction's (measured: 61 against 45 deaths in the first four weeks).
        assertTrue(earlyFull > 10, "deaths in the first four weeks on treatment happened: " + earlyFull);
        assertTrue(early > 1.2 * earlyFull, "a low starting dose holds less tolerance: " + early + " vs " + earlyFull);
    }
}
