package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.CostParams;
import odsim.scenario.Scenario;

/**
 * Closes a day's results, for the engine and the MASON peer alike: adds the running costs of the
 * people in each state and of the programs, the total, the market measures, and stores the day
 * scaled from agents to real people.
 */
final class DayClose {
    private DayClose() {}

    /** {@code today} holds the day's counts in agents; it is read, completed and copied into {@code daily}. */
    static void close(double[] today, Scenario scenario, Rules rules, int day, double marketLogPotency, double[][] daily) {
        CostParams c = scenario.costs();
        double scale = scenario.population().scale();
        double perDay = 1.0 / Rates.DAYS_PER_YEAR;
        today[Measure.COST_METHADONE.ordinal()] += today[Measure.PEOPLE_METHADONE.ordinal()] * c.methadoneYear() * perDay;
        today[Measure.COST_BUPRENORPHINE.ordinal()] += today[Measure.PEOPLE_BUPRENORPHINE.ordinal()] * c.buprenorphineYear() * perDay;
        today[Measure.COST_REHAB.ordinal()] += today[Measure.PEOPLE_REHAB.ordinal()] * c.rehabDay();
        today[Measure.COST_JAIL.ordinal()] += today[Measure.PEOPLE_JAIL.ordinal()] * c.jailDay();
        today[Measure.COST_PRISON.ordinal()] += today[Measure.PEOPLE_PRISON.ordinal()] * c.prisonYear() * perDay;
        today[Measure.COST_HIV_CARE.ordinal()] += today[Measure.PEOPLE_WITH_HIV.ordinal()] * c.hivCareYear() * perDay;
        // The levers' running costs (sites, slots, programs).
        for (RunningCost lever : rules.runningCosts) lever.addTo(today, day, perDay, scale);
        double total = 0;
        for (Measure m : Measure.ALL) {
            if (m != Measure.COST_TOTAL && m.unit.equals("USD")) total += today[m.ordinal()];
        }
        today[Measure.COST_TOTAL.ordinal()] = total;
        today[Measure.MARKET_POTENCY.ordinal()] = Math.exp(marketLogPotency);
        today[Measure.FENTANYL_SHARE.ordinal()] = rules.fentanylShare[day];
        // The warm-up's days are not recorded: the horizon's start is row 0.
        int row = day - rules.warmUpDays;
        if (row < 0) return;
        for (Measure m : Measure.ALL) daily[m.ordinal()][row] = m.scaled ? today[m.ordinal()] * scale : today[m.ordinal()];
    }
}
