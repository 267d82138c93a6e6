package odsim.engine;

import odsim.model.StandardNormal;
import odsim.scenario.Scenario;

/**
 * What a person's rules read besides the person: the scenario and its compiled {@link Rules},
 * the keyed {@link Streams}, the day, today's market and today's program chances. One per model
 * (the engine, the MASON peer). The supply and policy phases set today's values before anyone is
 * stepped; while people are stepped, nothing here changes, so blocks on different threads may
 * read it at once.
 */
final class World {
    /** Replaced only between days (a lever moved mid-run). */
    Scenario scenario;
    Rules rules;
    final Streams streams;
    /**
     * The day being simulated, 0 = the first day of the warm-up ({@link Rules#warmUpDays} = the
     * horizon's start; the same without a warm-up). Every rule, table and random draw is keyed by it.
     */
    int day;
    /** Today's street market log-potency, set by the supply phase (0 = heroin reference). */
    double marketLogPotency;
    /** Today's supplies as use-days meet them, set by the supply phase from the market and the day's curves. */
    DaySupply supply;
    /** Today's chances of a kit, a centre visit, a safe supply slot and a treatment place (the policy phase). */
    double kitChance, opcAdmitChance, safeSupplyAdmitChance, treatmentAdmitChance = 1.0;
    /** Yesterday's share of people who use holding a kit: a witness's chance of bringing one. */
    double kitHoldingShare;
    /** The one person whose overdoses are reported to {@link #overdoseWatcher}; -1 for nobody. */
    int watchedPerson = -1;
    OverdoseWatcher overdoseWatcher;
    /** Overdoses and person-days for rates by state and by time since an event (kept across a scenario change). */
    final RateBook rates;

    World(Scenario scenario, Streams streams) {
        this.streams = streams;
        DayGrid grid = DayGrid.of(scenario);
        // Events' days are kept in 16 bits (People#eventStart): a run is at most 110 years.
        if (grid.days() >= People.NO_EVENT) throw new IllegalArgumentException("a run longer than " + (int) People.NO_EVENT + " days");
        this.rates = new RateBook(grid);
        use(scenario, new Rules(scenario));
    }

    /** Reads {@code changed}, compiled as {@code rules}, from the next day on. */
    void use(Scenario changed, Rules compiled) {
        scenario = changed;
        rules = compiled;
        supply = new DaySupply(compiled);
    }

    /** Sets today's program chances (the policy phase). */
    void setChances(PolicyPhase.Chances c) {
        kitChance = c.kit();
        opcAdmitChance = c.opcAdmit();
        treatmentAdmitChance = c.treatmentAdmit();
        safeSupplyAdmitChance = c.safeSupplyAdmit();
    }

    /**
     * Whether a person who misuses prescription opioids buys them from dealers (a lifelong draw):
     * only frequent misusers do; occasional ones get genuine pills from friends, family or a doctor.
     */
    boolean buysPillsFromDealers(int person) {
        return streams.pillSource.uniform(person, 0) < scenario.use().shareBuyingPillsFromDealers() && !misusesOccasionally(person);
    }

    /**
     * Whether a person misuses prescription opioids occasionally (a lifelong draw): few use-days,
     * and stopping without having used street opioids is a return to no use ({@link Transitions}).
     */
    boolean misusesOccasionally(int person) {
        double share = scenario.use().shareMisusingOccasionally();
        return share > 0 && streams.pillPattern.uniform(person, 0) < share;
    }

    /** A person's own dose factor, fixed for life: where they sit among people in the same state. */
    double doseFactor(int person) {
        return Math.exp(scenario.use().doseSpread() * StandardNormal.quantile(streams.doseFactor.uniform(person, 0)));
    }
}
