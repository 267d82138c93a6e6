package odsim.engine;

import odsim.model.Rates;
import odsim.model.UseState;
import odsim.results.Measure;
import odsim.scenario.SafeSupplyPolicy;
import odsim.scenario.Scenario;

/**
 * Safe supply: people using street opioids enrol, when the program has a slot free, in a
 * delivery model (prescriber, compassion club, regulated retail) with its own enrolment, dropout
 * and cost (each settable in the scenario); clients take a share of their use-days from a known-potency pharmaceutical supply,
 * the rest still from the street. All clients leave if the program closes.
 */
final class SafeSupplyLever implements RunningCost {
    private final SafeSupplyPolicy policy;
    private final double[] level;
    /** Daily chances to ask to enrol (at full scale) and to drop out. */
    final double enrolment, dropout;
    /** Slots at full scale, in agents. */
    private final double capacity;

    SafeSupplyLever(Scenario s, DayGrid grid) {
        policy = s.policies().safeSupply();
        level = grid.byDay(policy.level());
        enrolment = Rates.dailyProbability(policy.enrolment());
        dropout = Rates.dailyProbability(policy.dropout());
        capacity = policy.capacityPer100k() * s.population().regionPopulation() / 100_000 * grid.agentsPerPerson();
    }

    /** Slots free today, in agents, given yesterday's clients. */
    double freeSlots(int day, double clients) {
        return capacity * level[day] - clients;
    }

    /** On a candidate day of street use: whether the person asks to enrol today (chance p / q). */
    boolean asksToEnrol(World w, int i, double q) {
        double chance = enrolment * level[w.day];
        return chance > 0 && w.streams.safeSupplyEnrol.uniform(i, w.day, 0) < chance * q;
    }

    /** A request to enrol: counted, and granted when the program has room today. */
    void enrol(World w, Person p, DayTally t) {
        t.safeSupplyAttempts++;
        if (w.streams.safeSupplyEnrol.uniform(p.id(), w.day, 1) < w.safeSupplyAdmitChance) {
            StateChanges.enter(w, p, UseState.SAFE_SUPPLY, false);
            t.add(Measure.SAFE_SUPPLY_STARTS, 1);
        }
    }

    /** On a client's candidate day: whether they leave (the delivery model's dropout, or the program closed). */
    boolean leaves(World w, int i, double q) {
        return level[w.day] <= 0 || w.streams.safeSupplyEnrol.uniform(i, w.day, 2) < dropout * q;
    }

    /** Whether a client's use-day today is taken from the safe supply. */
    boolean suppliesUseDay(World w, int i) {
        return w.streams.safeSupplyDays.uniform(i, w.day) < policy.replacedShare();
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        today[Measure.COST_SAFE_SUPPLY.ordinal()] += today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()] * policy.cost() * perDay;
    }
}
