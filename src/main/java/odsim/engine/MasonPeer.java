package odsim.engine;

import odsim.model.StandardNormal;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The engine's model written the way MASON's tutorials write a model, as a yardstick for the
 * engine's speed ({@code odsim.bench.DayBenchmark}) and a check of its logic
 * ({@code MasonPeerTest}): one {@link PersonAgent} object per person, holding its attributes as
 * fields, each scheduled with {@code schedule.scheduleRepeating(agent)} and living its whole
 * day in its own {@code step}.
 *
 * <p>It is the same model, not a look-alike: the same {@link Rules}, the same keyed
 * {@link Streams} (keyed by person index and day), the same order within a person's day, the
 * same days on which a person acts (the engine's due days), and the same market path
 * ({@link PeerMarket}). Because no draw depends on the order in which people are stepped, MASON's
 * shuffling of agents changes nothing (the one sum whose rounding depends on its order, life-years
 * lost, is added up in the engine's order), and the peer's daily series equal the engine's.
 *
 * <p>Every policy lever is implemented, as the engine implements it: program capacities come
 * from yesterday's counts ({@link PeerPolicy}, {@link PeerRecorder}), each person's use of them
 * from their own keyed draws ({@link PersonAgent}).
 *
 * <p>Limits: no entrants (run it with {@code population.entrantsPerYear: 0}; a scenario with
 * entrants is refused), and one thread. The day-0 population is the engine's own
 * ({@link PopulationSetup}), copied into agents, so that a comparison tests the day, not two
 * copies of the set-up.
 */
public final class MasonPeer extends SimState {
    private static final long serialVersionUID = 1L;
    /** Stock measures by {@code UseState.ordinal()}, looked up once rather than per person. */
    static final Measure[] PEOPLE_BY_STATE = new Measure[UseState.ALL.length];

    static {
        for (UseState s : UseState.ALIVE) PEOPLE_BY_STATE[s.ordinal()] = Measure.peopleIn(s);
    }

    final Scenario scenario;
    final Rules rules;
    final Streams streams;
    final long runSeed;
    /** Read by every agent every day, so resolved once, as the engine resolves them per block. */
    final float shockSize;
    /** The day being simulated, 0 = the horizon's start; advanced by {@link PeerRecorder}. */
    int day;
    /** Today's market log-potency, set by {@link PeerMarket} before any agent steps. */
    double marketLogPotency;
    /** Today's supplies, set with the market by {@link PeerMarket}. */
    final DaySupply supply;
    /**
     * Counted today by the agents, for tomorrow's programs and witnesses (as {@link RecordPhase}
     * counts them): people who use outside a prescription and those of them holding a kit, street
     * use-days that would come to a centre with every site open, requests to enrol in safe supply
     * and for a treatment place.
     */
    double users, usersWithKit, opcPotentialDemandToday, safeSupplyAttemptsToday, treatmentRequestsToday;
    /** Yesterday's counts, which {@link PeerPolicy} turns into today's capacities (the engine's fields of the same names). */
    double usersWithoutKit, kitHoldingShare, opcPotentialDemand, safeSupplyClients, safeSupplyAttempts, inTreatment,
            treatmentRequests;
    /** Today's program capacities, set by {@link PeerPolicy} before any agent steps. */
    double kitChance, opcAdmitChance, safeSupplyAdmitChance, treatmentAdmitChance = 1.0;
    /** Today's root-cause regime, set by {@link PeerPolicy}: relief for reached people and the reach cut ({@link PainClock#enterDay}). */
    boolean rootCausesOn;
    double rootEmotionalRelief, rootEconomicRelief, rootReachCut = Double.NaN;
    /**
     * People who died of an overdose today and their life-years lost: summed by the recorder in
     * the engine's order (by person within blocks of {@link BlockRunner#BLOCK_SIZE}), since a sum
     * of doubles depends on its order and MASON steps agents in a shuffled one.
     */
    int[] dyingToday = new int[16];
    double[] yearsLostToday = new double[16];
    int dyingCount;
    /** Today's results in agents, added to by agents as they step, folded in by {@link PeerRecorder}. */
    final double[] today = new double[Measure.COUNT];
    /** {@code daily[measure][day]} in real people (scaled), as {@link OverdoseSim} records them. */
    final double[][] daily;
    PersonAgent[] agents = new PersonAgent[0];

    public MasonPeer(Scenario scenario, long runSeed) {
        super(runSeed);
        if (scenario.population().entrantsPerYear() > 0) {
            throw new IllegalArgumentException("the MASON peer has no entrants: set population.entrantsPerYear to 0");
        }
        if (scenario.horizon().warmUpYears() > 0) {
            throw new IllegalArgumentException("the MASON peer has no warm-up: set horizon.warmUpYears to 0");
        }
        this.scenario = scenario;
        this.rules = new Rules(scenario);
        this.supply = new DaySupply(rules);
        this.streams = new Streams(runSeed);
        this.runSeed = runSeed;
        this.daily = new double[Measure.COUNT][rules.days];
        var pain = scenario.pain();
        shockSize = (float) pain.shockSize();
    }

    @Override
    public void start() {
        super.start();
        day = 0;
        marketLogPotency = 0;
        java.util.Arrays.fill(today, 0.0);
        dyingCount = 0;
        users = usersWithKit = opcPotentialDemandToday = safeSupplyAttemptsToday = treatmentRequestsToday = 0;
        // The day-0 population of the engine with this seed, by the engine's own set-up code, and
        // what its programs start from on day 0 (counted by the same code).
        OverdoseSim donor = new OverdoseSim(scenario, runSeed, 0, 1);
        PopulationSetup.populate(donor);
        agents = PersonAgent.from(donor.people);
        usersWithoutKit = donor.usersWithoutKit;
        kitHoldingShare = donor.kitHoldingShare;
        opcPotentialDemand = donor.opcPotentialDemand;
        safeSupplyClients = donor.safeSupplyClients;
        safeSupplyAttempts = donor.safeSupplyAttempts;
        inTreatment = donor.inTreatment;
        treatmentRequests = donor.treatmentRequests;
        // The market, then the policy (today's capacities from yesterday's counts), then every
        // person (MASON's default: one entry each, ordering 0), then the recorder, which closes
        // the day and advances the day counter.
        schedule.scheduleRepeating(Schedule.EPOCH, -2, new PeerMarket(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, -1, new PeerPolicy(this), 1.0);
        for (PersonAgent a : agents) a.stopper = schedule.scheduleRepeating(a);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new PeerRecorder(this), 1.0);
    }

    /** Steps one day (market, every person, recorder); false once the horizon is done. */
    public boolean stepDay() {
        if (day >= rules.days) return false;
        schedule.step(this);
        return day < rules.days;
    }

    public int day() {
        return day;
    }

    public int days() {
        return rules.days;
    }

    public int size() {
        return agents.length;
    }

    public UseState state(int person) {
        return agents[person].state;
    }

    public float tolerance(int person) {
        return agents[person].tolerance;
    }

    public int lastUseDay(int person) {
        return agents[person].lastUseDay;
    }

    public int overdoses(int person) {
        return agents[person].overdoses;
    }

    /** The daily series so far, in the engine's form. */
    public RunResult result() {
        return new RunResult(scenario.name(), 0, runSeed, scenario.horizon().start(),
                scenario.population().regionPopulation(), daily);
    }

    void add(Measure m, double v) {
        today[m.ordinal()] += v;
    }

    /** Notes a fatal overdose of {@code person} today, with the life-years it cost. */
    void died(int person, double yearsLost) {
        if (dyingCount == dyingToday.length) {
            dyingToday = java.util.Arrays.copyOf(dyingToday, 2 * dyingCount);
            yearsLostToday = java.util.Arrays.copyOf(yearsLostToday, 2 * dyingCount);
        }
        dyingToday[dyingCount] = person;
        yearsLostToday[dyingCount++] = yearsLost;
    }

    /** A person's dose factor, fixed for life: the formula of {@link OverdoseSim#doseFactor}. */
    double doseFactor(int person) {
        return Math.exp(scenario.use().doseSpread() * StandardNormal.quantile(streams.doseFactor.uniform(person, 0)));
    }
}
