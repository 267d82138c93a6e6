package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.CostParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Counts people in each state, adds the day's running costs (treatment, rehab, custody), folds
 * every block's tally into the day's results in block order, scales agents to real people, and
 * advances the day.
 */
final class RecordPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Measure[] PEOPLE_BY_STATE = new Measure[UseState.ALL.length];

    static {
        for (UseState s : UseState.ALIVE) PEOPLE_BY_STATE[s.ordinal()] = Measure.peopleIn(s);
    }

    private final OverdoseSim sim;

    RecordPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        sim.runner.forEachBlock(sim.blocks(), this::countBlock);
        int day = sim.day;
        double scale = sim.scenario.population().scale();
        double[] today = new double[Measure.COUNT];
        double users = 0, usersWithKit = 0, opcPotentialDemand = 0, safeSupplyAttempts = 0;
        for (int b = 0, n = sim.blocks(); b < n; b++) {
            DayTally t = sim.tallies[b];
            for (int m = 0; m < Measure.COUNT; m++) today[m] += t.values[m];
            users += t.users;
            usersWithKit += t.usersWithKit;
            opcPotentialDemand += t.opcPotentialDemand;
            safeSupplyAttempts += t.safeSupplyAttempts;
            t.clear();
        }
        // What tomorrow's programs and witnesses start from.
        sim.usersWithoutKit = users - usersWithKit;
        sim.kitHoldingShare = users > 0 ? usersWithKit / users : 0;
        sim.opcPotentialDemand = opcPotentialDemand;
        sim.safeSupplyAttempts = safeSupplyAttempts;
        sim.safeSupplyClients = today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()];
        CostParams c = sim.scenario.costs();
        double perDay = 1.0 / Rates.DAYS_PER_YEAR;
        today[Measure.COST_METHADONE.ordinal()] += today[Measure.PEOPLE_METHADONE.ordinal()] * c.methadoneYear() * perDay;
        today[Measure.COST_BUPRENORPHINE.ordinal()] += today[Measure.PEOPLE_BUPRENORPHINE.ordinal()] * c.buprenorphineYear() * perDay;
        today[Measure.COST_REHAB.ordinal()] += today[Measure.PEOPLE_REHAB.ordinal()] * c.rehabDay();
        today[Measure.COST_JAIL.ordinal()] += today[Measure.PEOPLE_JAIL.ordinal()] * c.jailDay();
        today[Measure.COST_PRISON.ordinal()] += today[Measure.PEOPLE_PRISON.ordinal()] * c.prisonYear() * perDay;
        // Program running costs are for the region, not per agent: divided by scale here, as everything is scaled below.
        var policies = sim.scenario.policies();
        today[Measure.COST_OPC.ordinal()] += policies.opc().sites() * sim.rules.opcLevel[day] * policies.opc().costPerSiteYear() * perDay / scale;
        today[Measure.COST_SUPPLY_PRESSURE.ordinal()] += (sim.rules.supplyVolatility[day] - 1)
                * policies.supplyPressure().costPerYearAtDouble() * perDay / scale;
        today[Measure.COST_SAFE_SUPPLY.ordinal()] += today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()]
                * policies.safeSupply().model().costPerClientYear * perDay;
        today[Measure.COST_MEDICATION_IN_CUSTODY.ordinal()] += today[Measure.MEDICATED_IN_CUSTODY.ordinal()]
                * policies.medication().costInCustodyYear() * perDay;
        // Root-cause programs pay for everyone they reach (an expected share of the living population).
        today[Measure.COST_ROOT_CAUSES.ordinal()] += today[Measure.POPULATION.ordinal()] * policies.rootCauses().reach()
                * sim.rules.rootCausesLevel[day] * policies.rootCauses().costPerPersonYear() * perDay;
        double total = 0;
        for (Measure m : Measure.ALL) {
            if (m != Measure.COST_TOTAL && m.unit.equals("USD")) total += today[m.ordinal()];
        }
        today[Measure.COST_TOTAL.ordinal()] = total;
        today[Measure.MARKET_POTENCY.ordinal()] = Math.exp(sim.marketLogPotency);
        today[Measure.FENTANYL_SHARE.ordinal()] = sim.rules.fentanylShare[day];
        for (Measure m : Measure.ALL) sim.daily[m.ordinal()][day] = m.scaled ? today[m.ordinal()] * scale : today[m.ordinal()];

        sim.day++;
        if (sim.onDayDone != null) sim.onDayDone.accept(day);
    }

    private void countBlock(int b) {
        People p = sim.people;
        DayTally t = sim.tallies[b];
        int[] counts = new int[UseState.ALL.length];
        int kits = 0, users = 0, usersWithKit = 0, medicated = 0;
        boolean[] usesOpioids = sim.rules.usesOpioids;
        for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) {
            byte code = p.state[i];
            counts[code]++;
            boolean kit = (p.flags[i] & People.FLAG_HOLDS_KIT) != 0;
            if (code < UseState.DEAD_OVERDOSE.code && kit) kits++;
            if ((p.flags[i] & People.FLAG_MEDICATED_IN_CUSTODY) != 0 && code < UseState.DEAD_OVERDOSE.code) medicated++;
            if (usesOpioids[code]) {
                users++;
                if (kit) usersWithKit++;
            }
        }
        t.users = users;
        t.usersWithKit = usersWithKit;
        int alive = 0;
        for (UseState s : UseState.ALIVE) {
            t.add(PEOPLE_BY_STATE[s.ordinal()], counts[s.ordinal()]);
            alive += counts[s.ordinal()];
        }
        t.add(Measure.POPULATION, alive);
        t.add(Measure.KIT_HOLDERS, kits);
        t.add(Measure.MEDICATED_IN_CUSTODY, medicated);
    }
}
