package odsim.engine;

import java.util.function.IntConsumer;
import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import sim.engine.SimState;

/**
 * One replication of the model: a MASON {@link SimState} whose schedule runs the phases of a
 * day in the fixed order {@link DayPhases} lists. MASON's own generator ({@code random}) is not
 * used by the model; every decision draws from its own named stream ({@link Streams}).
 */
public final class OverdoseSim extends SimState {
    private static final long serialVersionUID = 1L;

    /** What every person's rules read: the scenario, its rules, the streams, the day, today's market and programs. */
    final World world;
    final People people;
    final BlockRunner runner;
    final int replication;
    final long runSeed;
    /** Today's results per block; summed in block order by the record phase. */
    DayTally[] tallies = new DayTally[0];
    /** {@code daily[measure][day of the horizon]} in real people (scaled). */
    final double[][] daily;
    /** Brings pain drivers forward to the day they are read. */
    final PainClock pain = new PainClock(this);
    /** What people asked of the programs yesterday (the record phase), for today's chances (the policy phase). */
    final Demand demand = new Demand();
    /** The street market's path (the supply phase advances it a day at a time); made by {@link #start}. */
    StreetMarket market;
    /** The stream entrants are counted from (the entry phase draws a day at a time); made by {@link #start}. */
    org.apache.commons.rng.RestorableUniformRandomProvider entries;
    /** Called with each day just stepped (from 0, the warm-up's days included), for progress bars; may be null. */
    IntConsumer onDayDone;

    /**
     * @param runSeed the replication's own seed (see {@link #replicationSeed})
     * @param threads threads for stepping blocks of people; results do not depend on it
     */
    public OverdoseSim(Scenario scenario, long runSeed, int replication, int threads) {
        super(runSeed);
        this.world = new World(scenario, new Streams(runSeed));
        this.people = new People(scenario.population().agents());
        this.runner = new BlockRunner(threads);
        this.replication = replication;
        this.runSeed = runSeed;
        this.daily = new double[Measure.COUNT][scenario.horizon().days()];
    }

    /** The seed of replication {@code r} of a run with seed {@code seed}: the same in every scenario. */
    public static long replicationSeed(long seed, int r) {
        return KeyedStream.mix(seed + 0x9E3779B97F4A7C15L * (r + 1));
    }

    /**
     * Sets up the population and the day's phases, then steps through the warm-up, if any
     * ({@code horizon.warmUpYears}), so that the next day stepped is the horizon's start.
     */
    @Override
    public void start() {
        super.start();
        world.day = 0;
        PopulationSetup.populate(this);
        market = new StreetMarket(world.scenario.supply(), world.streams);
        entries = EntryPhase.stream(world);
        DayPhases.schedule(this);
        while (world.day < world.rules.warmUpDays) schedule.step(this);
    }

    /**
     * Starts at the horizon's start from {@code warm} instead of a warm-up of its own: the people,
     * their pain, yesterday's demand and the market's path as another run of the same seed left
     * them after its warm-up under its own scenario. From the horizon's start this run's scenario
     * takes over, as a lever moved on that day would ({@link #changeScenario}): scenarios compared
     * start from one population and share one warm-up. Starting the warm-up's own scenario from it
     * gives what {@link #start} gives, bit for bit.
     *
     * @throws IllegalArgumentException if {@code warm} has another seed, horizon or population
     */
    public void startFrom(WarmStart warm) {
        OverdoseSim from = warm.sim;
        Scenario own = world.scenario, warmedUnder = from.world.scenario;
        if (from.runSeed != runSeed) throw new IllegalArgumentException("a warm start made with another seed");
        if (!own.horizon().equals(warmedUnder.horizon()) || !own.population().equals(warmedUnder.population())) {
            throw new IllegalArgumentException("a warm start made with another horizon or population");
        }
        super.start();
        world.use(warmedUnder, new Rules(warmedUnder));
        world.day = from.world.day;
        world.kitHoldingShare = from.world.kitHoldingShare;
        people.copyFrom(from.people);
        ensureTallies();
        pain.copyFrom(from.pain);
        demand.copyFrom(from.demand);
        // The market's parameters are this scenario's from the start; its path goes on from the warm-up's.
        market = new StreetMarket(own.supply(), world.streams);
        market.continueFrom(from.market);
        entries = EntryPhase.stream(world);
        entries.restoreState(from.entries.saveState());
        DayPhases.schedule(this);
        if (!own.equals(warmedUnder)) changeScenario(own);
    }

    @Override
    public void finish() {
        super.finish();
        runner.close();
        // Blocks stepped on this thread left its cursor on these people: a thread that lives on
        // (a sweep's worker, the GUI) would otherwise keep the whole population reachable.
        BlockScratch.get().person.release();
    }

    public Scenario scenario() {
        return world.scenario;
    }

    public People people() {
        return people;
    }

    /** Days of the horizon simulated so far: 0 before its start, {@link #days()} once done. */
    public int day() {
        return world.day - world.rules.warmUpDays;
    }

    /** Days in the horizon (the warm-up not counted). */
    public int days() {
        return daily[0].length;
    }

    public void setOnDayDone(IntConsumer listener) {
        this.onDayDone = listener;
    }

    /**
     * Runs the rest of the horizon under a changed scenario (a teacher pulling a lever): from
     * {@link #day()}, the next day simulated, the day loop reads the changed scenario's rules.
     * Days already simulated stay as they were. Only what the day loop reads each day can
     * change (lever levels and parameters, dated curves); the horizon and the population must
     * be the same.
     */
    public void changeScenario(Scenario changed) {
        ScenarioChange change = new ScenarioChange(world, changed);
        boolean pillSourceMoves = changed.use().shareBuyingPillsFromDealers() != world.scenario.use().shareBuyingPillsFromDealers()
                || changed.use().shareMisusingOccasionally() != world.scenario.use().shareMisusingOccasionally();
        int day = world.day;
        ColumnPerson person = new ColumnPerson();
        if (change.painRecoveryMoves()) pain.ensureBlocks(blocks());
        for (int i = 0; i < people.size; i++) {
            if (people.state[i] < UseState.DEAD_OVERDOSE.code) change.settle(world, person.at(this, i));
        }
        change.switchWorld(world);
        for (int i = 0; i < people.size; i++) {
            if (people.state[i] >= UseState.DEAD_OVERDOSE.code) continue;
            change.redraw(world, person.at(this, i));
            if (pillSourceMoves) people.setBuysFromDealers(i, world.buysPillsFromDealers(i));
            refreshDue(i, day - 1);
        }
    }

    /**
     * Reports every overdose of person {@code i} to {@code watcher} as it happens (who was
     * there, who responded); {@code i = -1} watches nobody. Called from the thread that steps
     * the person's block.
     */
    public void watchOverdoses(int i, OverdoseWatcher watcher) {
        world.overdoseWatcher = watcher;
        world.watchedPerson = watcher == null ? -1 : i;
    }

    /** Person {@code i} as of the end of the last day simulated (read-only); its days are days of the horizon, as {@link #day()}. */
    public PersonSnapshot person(int i) {
        People p = people;
        int today = Math.max(0, world.day - 1);
        double toleranceToday = StateChanges.toleranceBroughtTo(world, new ColumnPerson().at(this, i), today + 1);
        float[] pain = this.pain.driversAt(i, today);
        int w = world.rules.warmUpDays;
        int stayUntil = p.state(i).isCustodyOrRehab() ? p.eventDay[i] - w : 0;
        return new PersonSnapshot(i, p.state(i), p.stateSince[i] - w, stayUntil, p.releaseDay(i) - w, p.overdoses[i],
                toleranceToday / p.habitualDose[i], pain[0], pain[1], pain[2],
                (today - p.birthDay[i]) / 365.25, p.has(i, People.FLAG_MALE), p.has(i, People.FLAG_HOLDS_KIT),
                p.has(i, People.FLAG_MEDICATED_IN_CUSTODY), p.has(i, People.FLAG_WAITING), p.has(i, People.FLAG_USES_ALONE));
    }

    /**
     * Sets person {@code i}'s due day ({@link People#dueDay}) from what is scheduled for them once
     * {@code today}'s work is done: every phase that schedules something for a person steps
     * that person today, so refreshing today's due people at the end of their day keeps it true.
     */
    void refreshDue(int i, int today) {
        People p = people;
        p.dueDay[i] = dueDay(p.state[i], p.nextCandidateDay[i], p.eventDay[i], p.flags[i], today);
    }

    /** {@link #refreshDue} for the first {@code n} people of {@code list}. */
    void refreshDue(int[] list, int n, int today) {
        People p = people;
        byte[] state = p.state, flags = p.flags;
        int[] candidateDay = p.nextCandidateDay, eventDay = p.eventDay, dueDay = p.dueDay;
        for (int k = 0; k < n; k++) {
            int i = list[k];
            dueDay[i] = dueDay(state[i], candidateDay[i], eventDay[i], flags[i], today);
        }
    }

    private static final int WAITING_BIT = Integer.numberOfTrailingZeros(People.FLAG_WAITING);

    /**
     * The earliest of the candidate day, the state's event day if it has one, and tomorrow while
     * waiting for a place; never in the past, since a person with nothing due tomorrow or later
     * would never be stepped again; {@link People#NO_DAY} once dead. Without branches: masks by
     * state from {@link Rules}.
     */
    private int dueDay(byte code, int candidateDay, int eventDay, byte flags, int today) {
        int eventMask = world.rules.eventDayMask[code], deadMask = world.rules.deadMask[code];
        int waitingMask = -((flags >> WAITING_BIT) & 1);
        int due = Math.min(candidateDay, (eventDay & eventMask) | (People.NO_DAY & ~eventMask));
        due = Math.min(due, ((today + 1) & waitingMask) | (People.NO_DAY & ~waitingMask));
        return (Math.max(due, today + 1) & ~deadMask) | (People.NO_DAY & deadMask);
    }

    /** Steps one day through every phase; false once the horizon is done. */
    public boolean stepDay() {
        if (world.day >= world.rules.days) return false;
        schedule.step(this);
        return world.day < world.rules.days;
    }

    /** Runs the whole horizon and returns the daily series. */
    public RunResult runToEnd() {
        return runToEnd(null);
    }

    /** {@link #runToEnd()} from {@code warm} ({@link #startFrom}), or from a warm-up of its own if null. */
    public RunResult runToEnd(WarmStart warm) {
        if (warm == null) start();
        else startFrom(warm);
        while (stepDay()) {
            // each step is one whole day
        }
        finish();
        return result();
    }

    /**
     * The daily series of {@code m} recorded so far (the days not yet simulated are 0), without the
     * rate counts {@link #result} gathers from everyone: what a chart or a benchmark reads each step.
     * The live array: read it, do not change it.
     */
    public double[] recorded(Measure m) {
        return daily[m.ordinal()];
    }

    /** Every daily series recorded so far, {@code [measure][day]}, as {@link #recorded}: live arrays, to read only. */
    public double[][] recorded() {
        return daily;
    }

    /** The run's result so far: the daily series and the rate counts (a pass over everyone for the windows still open). */
    public RunResult result() {
        Scenario scenario = world.scenario;
        ColumnPerson person = new ColumnPerson().on(this);
        return new RunResult(scenario.name(), replication, runSeed, scenario.horizon().start(),
                scenario.population().regionPopulation(), daily,
                world.rates.counts(scenario.population().scale(), world.day - 1, people.size, person::at));
    }

    /** Runs replication {@code r} of a scenario: the usual entry point. */
    public static RunResult run(Scenario scenario, int r, int threads, IntConsumer onDayDone) {
        return run(scenario, r, threads, onDayDone, null);
    }

    /**
     * Runs replication {@code r} of a scenario, starting from {@code warmUps}' replication {@code r}
     * ({@link #startFrom}) when it has one, else from a warm-up of its own.
     */
    public static RunResult run(Scenario scenario, int r, int threads, IntConsumer onDayDone, SharedWarmUp warmUps) {
        OverdoseSim sim = new OverdoseSim(scenario, replicationSeed(scenario.seed(), r), r, threads);
        sim.onDayDone = onDayDone;
        WarmStart warm = warmUps == null ? null : warmUps.replication(r, threads, onDayDone);
        return checked(scenario, sim.runToEnd(warm));
    }

    /** {@code result}, once every value in it is a number; a scenario error naming the first that is not. */
    public static RunResult checked(Scenario scenario, RunResult result) {
        String nonFinite = result.firstNonFinite();
        if (nonFinite != null) {
            throw new odsim.scenario.ScenarioException("scenario '" + scenario.name() + "': " + nonFinite
                    + ": a value is too large for the results to be numbers; check the costs and other values set near their limits");
        }
        return result;
    }

    void ensureTallies() {
        int blocks = BlockRunner.blocks(people.size);
        if (tallies.length < blocks) {
            DayTally[] grown = java.util.Arrays.copyOf(tallies, blocks);
            for (int b = tallies.length; b < blocks; b++) grown[b] = new DayTally();
            tallies = grown;
        }
    }

    int blocks() {
        return BlockRunner.blocks(people.size);
    }

    static int blockStart(int b) {
        return b * BlockRunner.BLOCK_SIZE;
    }

    int blockEnd(int b) {
        return Math.min(people.size, (b + 1) * BlockRunner.BLOCK_SIZE);
    }
}
