package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.CostParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes a day of the {@link MasonPeer} after every person has stepped: the running costs,
 * scaling and bookkeeping of {@link RecordPhase} (people have already counted themselves), then
 * the day advances.
 */
final class PeerRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerRecorder(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        int day = sim.day;
        double[] today = sim.today;
        CostParams c = sim.scenario.costs();
        double perDay = 1.0 / Rates.DAYS_PER_YEAR;
        today[Measure.COST_METHADONE.ordinal()] += today[Measure.PEOPLE_METHADONE.ordinal()] * c.methadoneYear() * perDay;
        today[Measure.COST_BUPRENORPHINE.ordinal()] += today[Measure.PEOPLE_BUPRENORPHINE.ordinal()] * c.buprenorphineYear() * perDay;
        today[Measure.COST_REHAB.ordinal()] += today[Measure.PEOPLE_REHAB.ordinal()] * c.rehabDay();
        today[Measure.COST_JAIL.ordinal()] += today[Measure.PEOPLE_JAIL.ordinal()] * c.jailDay();
        today[Measure.COST_PRISON.ordinal()] += today[Measure.PEOPLE_PRISON.ordinal()] * c.prisonYear() * perDay;
        double total = 0;
        for (Measure m : Measure.ALL) {
            if (m != Measure.COST_TOTAL && m.unit.equals("USD")) total += today[m.ordinal()];
        }
        today[Measure.COST_TOTAL.ordinal()] = total;
        today[Measure.MARKET_POTENCY.ordinal()] = Math.exp(sim.marketLogPotency);
        today[Measure.FENTANYL_SHARE.ordinal()] = sim.rules.fentanylShare[day];
        double scale = sim.scenario.population().scale();
        for (Measure m : Measure.ALL) {
            sim.daily[m.ordinal()][day] = m.scaled ? today[m.ordinal()] * scale : today[m.ordinal()];
            today[m.ordinal()] = 0.0;
        }
        sim.kitHoldingShare = sim.users > 0 ? sim.usersWithKit / sim.users : 0;
        sim.users = 0;
        sim.usersWithKit = 0;
        sim.day++;
    }
}
