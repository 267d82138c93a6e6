package odsim.engine;

import java.util.ArrayList;
import java.util.List;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * The engine's model for people kept as objects and stepped one at a time ({@link PersonObject}),
 * as the MASON peer ({@code odsim.peer.MasonPeer}) keeps them: the same {@link World}, rules and
 * levers, the same order within a day, the same results. A day is {@link #openDay} (the market,
 * today's program chances and root-cause regime), each living person's
 * {@link PersonObject#liveDay}, today's entrants ({@link #arrivalsToday}, {@link #enter}), then
 * {@link #closeDay}.
 *
 * <p>People are set up by the engine's own code ({@link PopulationSetup}: the day-0 population
 * and each day's entrants, copied into objects), so that a comparison with the engine tests the
 * day, not two copies of the set-up. Each person counts into the tally of the engine's block it
 * would be in, and tallies are summed in block order, so even sums of doubles match the engine's.
 */
public final class ObjectModel {
    private final long runSeed;
    /** The engine whose set-up code makes the people; its world is this model's (it never steps a day). */
    private final OverdoseSim setup;
    final World world;
    /** What people asked of the programs yesterday. */
    private final Demand demand = new Demand();
    /** Today's results, one tally per block of the engine's {@link BlockRunner#BLOCK_SIZE} people. */
    private DayTally[] tallies = new DayTally[0];
    /** Today's root-cause regime, set by {@link #openDay}: relief for reached people and the reach cut ({@link PainClock#enterDay}). */
    boolean rootCausesOn;
    double rootEmotionalRelief, rootEconomicRelief, rootReachCut = Double.NaN;
    /** {@code daily[measure][day of the horizon]} in real people (scaled), as {@link OverdoseSim} records them. */
    private final double[][] daily;
    private final List<PersonObject> people = new ArrayList<>();
    private final StreetMarket market;
    private final DiscreteSampler arrivals;

    /** The day-0 population of {@code scenario} with replication seed {@code runSeed}, set up by the engine's code. */
    public ObjectModel(Scenario scenario, long runSeed) {
        this.runSeed = runSeed;
        this.setup = new OverdoseSim(scenario, runSeed, 0, 1);
        this.world = setup.world;
        this.daily = new double[Measure.COUNT][scenario.horizon().days()];
        world.day = 0;
        PopulationSetup.populate(setup);
        demand.copyFrom(setup.demand);
        for (int i = 0; i < setup.people.size; i++) people.add(new PersonObject(setup.people, i, world));
        ensureTallies();
        market = new StreetMarket(scenario.supply(), world.streams);
        arrivals = EntryPhase.arrivals(world, EntryPhase.stream(world));
    }

    /** The people, day 0's and entrants since, by index (the dead included). */
    public List<PersonObject> people() {
        return java.util.Collections.unmodifiableList(people);
    }

    /** Before anyone is stepped today: the market, the programs' chances, the root-cause regime. */
    public void openDay() {
        SupplyPhase.openMarket(world, market);
        world.setChances(PolicyPhase.chances(world.rules, world.day, demand));
        RootCausesLever roots = world.rules.rootCauses;
        rootCausesOn = roots.on(world.day);
        rootEmotionalRelief = roots.emotionalRelief(world.day);
        rootEconomicRelief = roots.economicRelief(world.day);
        rootReachCut = roots.reachCut(world.day);
    }

    /** How many people enter today (after everyone's day): the engine's number, from the same stream. */
    public int arrivalsToday() {
        int n = arrivals.sample();
        // Counted in the tally of the block that will hold the newest people, as the engine counts them.
        if (n > 0) {
            ensureTallies(people.size() + n);
            tallyOf(people.size() + n - 1).add(Measure.ENTRANTS, n);
        }
        return n;
    }

    /** One of today's entrants, set up by the engine's code: stepped from tomorrow, counted today. */
    public PersonObject enter() {
        int i = setup.people.add();
        PopulationSetup.entrant(setup, i, world.day);
        PersonObject p = new PersonObject(setup.people, i, world);
        people.add(p);
        p.countSelf(world.rules, tallyOf(i));
        return p;
    }

    /**
     * After everyone's day and the entrants: today's fatal overdoses resolved block by block as the
     * engine's death phase resolves them, the tallies folded into what tomorrow's programs start
     * from, the running costs and scaling ({@link DayClose}); then the day advances.
     */
    public void closeDay() {
        int blocks = BlockRunner.blocks(people.size());
        for (int b = 0; b < blocks; b++) CandidateDay.resolveOverdoseDeaths(world, tallies[b], people::get);
        double[] today = new double[Measure.COUNT];
        demand.foldDay(tallies, blocks, today, world);
        DayClose.close(today, world.scenario, world.rules, world.day, world.marketLogPotency, daily);
        world.day++;
    }

    /** Runs the rest under a changed scenario from the next day, as {@link OverdoseSim#changeScenario} does, by the same {@link ScenarioChange}. */
    public void changeScenario(Scenario changed) {
        ScenarioChange change = new ScenarioChange(world, changed);
        for (PersonObject p : people) if (p.alive()) change.settle(world, p);
        change.switchWorld(world);
        for (PersonObject p : people) {
            if (!p.alive()) continue;
            change.redraw(world, p);
            p.refreshDue(world.rules, world.day - 1);
        }
    }

    private void ensureTallies() {
        ensureTallies(people.size());
    }

    private void ensureTallies(int size) {
        int blocks = BlockRunner.blocks(size);
        if (tallies.length >= blocks) return;
        DayTally[] grown = java.util.Arrays.copyOf(tallies, blocks);
        for (int b = tallies.length; b < blocks; b++) grown[b] = new DayTally();
        tallies = grown;
    }

    /** The tally of the engine's block that person {@code i} belongs to. */
    DayTally tallyOf(int i) {
        return tallies[i / BlockRunner.BLOCK_SIZE];
    }

    /** Whether the days being stepped are still the warm-up's (not recorded). */
    public boolean inWarmUp() {
        return world.day < world.rules.warmUpDays;
    }

    /** Whether every day of the horizon has been stepped. */
    public boolean done() {
        return world.day >= world.rules.days;
    }

    /** Days of the horizon simulated so far: 0 before its start. */
    public int day() {
        return world.day - world.rules.warmUpDays;
    }

    /** Days in the horizon (the warm-up not counted). */
    public int days() {
        return daily[0].length;
    }

    /** The daily series of {@code m} recorded so far, as {@link OverdoseSim#recorded}. */
    public double[] recorded(Measure m) {
        return daily[m.ordinal()];
    }

    /** The daily series so far, in the engine's form. */
    public RunResult result() {
        Scenario s = world.scenario;
        return new RunResult(s.name(), 0, runSeed, s.horizon().start(), s.population().regionPopulation(), daily,
                world.rates.counts(s.population().scale(), world.day - 1, people.size(), people::get));
    }
}
