package odsim.engine;

import java.util.ArrayList;
import java.util.List;
import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The engine's model written the way MASON's tutorials write a model, as a yardstick for the
 * engine's speed ({@code odsim.bench.DayBenchmark}) and a check of its iteration
 * ({@code MasonPeerTest}): one {@link PersonAgent} object per person, holding its attributes as
 * fields, each scheduled with {@code schedule.scheduleRepeating(agent)} and living its whole day
 * in its own {@code step}.
 *
 * <p>It steps the same rules as the engine, not a copy of them ({@link Transitions},
 * {@link UseDay}, {@link CandidateDay}...), in the same order within a person's day, on the same
 * days (the engine's due days), in the same {@link World}: the same compiled rules, the same
 * keyed {@link Streams}, the same market path ({@link StreetMarket}), program chances from
 * yesterday's counts by the same formulas ({@link PolicyPhase#chances}). Because no draw depends
 * on the order in which people are stepped, MASON's shuffling of agents changes nothing: each
 * agent counts into the tally of the engine's block it would be in, and tallies are summed in
 * block order, so even sums of doubles match. What is the peer's own is only how it finds people
 * and keeps them: objects on MASON's schedule, stepped every day.
 *
 * <p>People are set up by the engine's own code ({@link PopulationSetup}: the day-0 population
 * and each day's entrants, copied into agents), so that a comparison tests the day, not two
 * copies of the set-up. A warm-up and a scenario changed mid-run ({@link #changeScenario}) work
 * as in the engine. One thread.
 */
public final class MasonPeer extends SimState {
    private static final long serialVersionUID = 1L;
    /** Stock measures by {@code UseState.ordinal()}, looked up once rather than per person. */
    static final Measure[] PEOPLE_BY_STATE = new Measure[UseState.ALL.length];

    static {
        for (UseState s : UseState.ALIVE) PEOPLE_BY_STATE[s.ordinal()] = Measure.peopleIn(s);
    }

    private final Scenario scenario;
    private final long runSeed;
    /** The engine whose set-up code makes the people; its world is this peer's (it never steps a day). */
    private OverdoseSim setup;
    World world;
    /** What people asked of the programs yesterday. */
    final Demand demand = new Demand();
    /** Today's results, one tally per block of the engine's {@link BlockRunner#BLOCK_SIZE} people. */
    DayTally[] tallies = new DayTally[0];
    /** Today's root-cause regime, set by {@link PeerPolicy}: relief for reached people and the reach cut ({@link PainClock#enterDay}). */
    boolean rootCausesOn;
    double rootEmotionalRelief, rootEconomicRelief, rootReachCut = Double.NaN;
    /** {@code daily[measure][day of the horizon]} in real people (scaled), as {@link OverdoseSim} records them. */
    final double[][] daily;
    final List<PersonAgent> agents = new ArrayList<>();

    public MasonPeer(Scenario scenario, long runSeed) {
        super(runSeed);
        this.scenario = scenario;
        this.runSeed = runSeed;
        this.daily = new double[Measure.COUNT][scenario.horizon().days()];
    }

    /** Sets up the people and the schedule, then steps through the warm-up, if any. */
    @Override
    public void start() {
        super.start();
        setup = new OverdoseSim(scenario, runSeed, 0, 1);
        world = setup.world;
        world.day = 0;
        agents.clear();
        tallies = new DayTally[0];
        // The day-0 population with this seed, by the engine's own set-up code, and what its
        // programs start from on day 0 (counted by the same code).
        PopulationSetup.populate(setup);
        demand.copyFrom(setup.demand);
        for (int i = 0; i < setup.people.size; i++) agents.add(new PersonAgent(setup.people, i, world));
        ensureTallies();
        // The market, then the programs (today's capacities from yesterday's counts), then every
        // person (MASON's default: one entry each, ordering 0), then entrants, then the recorder,
        // which closes the day and advances the day counter.
        schedule.scheduleRepeating(Schedule.EPOCH, -2, new PeerMarket(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, -1, new PeerPolicy(this), 1.0);
        for (PersonAgent a : agents) a.stopper = schedule.scheduleRepeating(a);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new PeerEntry(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, new PeerRecorder(this), 1.0);
        while (world.day < world.rules.warmUpDays) schedule.step(this);
    }

    /** Steps one day (market, programs, every person, entrants, recorder); false once the horizon is done. */
    public boolean stepDay() {
        if (world.day >= world.rules.days) return false;
        schedule.step(this);
        return world.day < world.rules.days;
    }

    /**
     * Runs the rest of the horizon under a changed scenario, as {@link OverdoseSim#changeScenario}
     * does, by the same {@link ScenarioChange}.
     */
    public void changeScenario(Scenario changed) {
        ScenarioChange change = new ScenarioChange(world, changed);
        for (PersonAgent a : agents) if (a.alive()) change.settle(world, a);
        change.switchWorld(world);
        for (PersonAgent a : agents) {
            if (!a.alive()) continue;
            change.redraw(world, a);
            a.refreshDue(world.rules, world.day - 1);
        }
    }

    /** A new person set up by the engine's code today, as an agent stepped from tomorrow and counted today. */
    PersonAgent enter() {
        int i = setup.people.add();
        PopulationSetup.entrant(setup, i, world.day);
        PersonAgent a = new PersonAgent(setup.people, i, world);
        agents.add(a);
        ensureTallies();
        a.stopper = schedule.scheduleRepeating(a);
        a.countSelf(world.rules, tallyOf(i));
        return a;
    }

    private void ensureTallies() {
        int blocks = BlockRunner.blocks(agents.size());
        if (tallies.length >= blocks) return;
        DayTally[] grown = java.util.Arrays.copyOf(tallies, blocks);
        for (int b = tallies.length; b < blocks; b++) grown[b] = new DayTally();
        tallies = grown;
    }

    /** The tally of the engine's block that person {@code i} belongs to. */
    DayTally tallyOf(int i) {
        return tallies[i / BlockRunner.BLOCK_SIZE];
    }

    /** Days of the horizon simulated so far: 0 before its start. */
    public int day() {
        return world.day - world.rules.warmUpDays;
    }

    public int days() {
        return daily[0].length;
    }

    public int size() {
        return agents.size();
    }

    public UseState state(int person) {
        return UseState.of(agents.get(person).state());
    }

    public float tolerance(int person) {
        return agents.get(person).tolerance();
    }

    public int lastUseDay(int person) {
        return agents.get(person).lastUseDay();
    }

    public int overdoses(int person) {
        return agents.get(person).overdoses();
    }

    /** The daily series so far, in the engine's form. */
    public RunResult result() {
        Scenario s = world.scenario;
        return new RunResult(s.name(), 0, runSeed, s.horizon().start(), s.population().regionPopulation(), daily);
    }
}
