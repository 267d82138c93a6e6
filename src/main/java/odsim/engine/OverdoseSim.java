package odsim.engine;

import java.util.function.IntConsumer;
import odsim.model.StandardNormal;
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

    /** Replaced only by {@link #changeScenario}, between days. */
    Scenario scenario;
    Rules rules;
    final Streams streams;
    final People people;
    final BlockRunner runner;
    final int replication;
    final long runSeed;
    /** Today's results per block; summed in block order by the record phase. */
    DayTally[] tallies = new DayTally[0];
    /** {@code daily[measure][day of the horizon]} in real people (scaled). */
    final double[][] daily;
    /**
     * The day being simulated, 0 = the first day of the warm-up ({@link Rules#warmUpDays} = the
     * horizon's start; the same without a warm-up). Every rule, table and random draw is keyed by it.
     */
    int day;
    /** Today's street market log-potency, set by the supply phase (0 = heroin reference). */
    double marketLogPotency;
    /** Today's supplies as use-days meet them, set by the supply phase from the market and the day's curves. */
    DaySupply supply;
    /** Brings pain drivers forward to the day they are read. */
    final PainClock pain = new PainClock(this);
    /** Counted by the record phase for the next day: people who use, without a kit; their share holding one; centre demand. */
    double usersWithoutKit, kitHoldingShare, opcPotentialDemand;
    /** Safe supply clients and enrolment attempts, counted yesterday. */
    double safeSupplyClients, safeSupplyAttempts;
    /** People in treatment and requests for a place, counted yesterday. */
    double inTreatment, treatmentRequests;
    /** Set by the policy phase for today. */
    double kitChance, opcAdmitChance, safeSupplyAdmitChance, treatmentAdmitChance = 1.0;
    /** Called with each day just stepped (from 0, the warm-up's days included), for progress bars; may be null. */
    IntConsumer onDayDone;
    /** The one person whose overdoses are reported to {@link #overdoseWatcher}; -1 for nobody. */
    int watchedPerson = -1;
    OverdoseWatcher overdoseWatcher;

    /**
     * @param runSeed the replication's own seed (see {@link #replicationSeed})
     * @param threads threads for stepping blocks of people; results do not depend on it
     */
    public OverdoseSim(Scenario scenario, long runSeed, int replication, int threads) {
        super(runSeed);
        this.scenario = scenario;
        this.rules = new Rules(scenario);
        this.supply = new DaySupply(rules);
        this.streams = new Streams(runSeed);
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
        day = 0;
        PopulationSetup.populate(this);
        DayPhases.schedule(this);
        while (day < rules.warmUpDays) schedule.step(this);
    }

    @Override
    public void finish() {
        super.finish();
        runner.close();
    }

    public Scenario scenario() {
        return scenario;
    }

    public People people() {
        return people;
    }

    /** Days of the horizon simulated so far: 0 before its start, {@link #days()} once done. */
    public int day() {
        return day - rules.warmUpDays;
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
        if (!changed.horizon().equals(scenario.horizon()) || !changed.population().equals(scenario.population())) {
            throw new IllegalArgumentException("a changed scenario must keep the horizon and the population");
        }
        Rules next = new Rules(changed);
        // Levers and dated curves change nothing below (a lever moved in the GUI must give what
        // the same change written as a dated curve gives); other parameters may.
        if (!next.samePainRecovery(rules)) {
            // Pain recovers under the old half-lives up to yesterday, under the new from today.
            pain.ensureBlocks(blocks());
            for (int i = 0; i < people.size; i++) {
                if (people.state[i] < UseState.DEAD_OVERDOSE.code) pain.bringForward(i, day - 1);
            }
        }
        boolean redrawPrescriptions = !next.sameUseDays(rules);
        if (redrawPrescriptions) {
            // Use-days and prescriptions' possible overdose days were drawn for the old chances:
            // settled, and drawn again from today.
            for (int i = 0; i < people.size; i++) {
                if (people.state[i] == UseState.PRESCRIBED.code) Prescriptions.end(this, i, day, false);
            }
        }
        boolean reachMoves = changed.policies().opc().reach() != scenario.policies().opc().reach();
        Rules old = rules;
        scenario = changed;
        rules = next;
        supply = new DaySupply(rules);
        for (int i = 0; i < people.size; i++) {
            byte code = people.state[i];
            if (code >= UseState.DEAD_OVERDOSE.code) continue;
            if (next.candidate[code] != old.candidate[code]) {
                // Candidate days were drawn at the old rate: drawn again from today.
                people.nextCandidateDay[i] = day - 1 + next.daysToNextCandidate(code, streams.candidate.uniform(i, day, 3));
            }
            if (redrawPrescriptions) {
                if (code == UseState.PRESCRIBED.code) Prescriptions.start(this, i, day);
                else UseDays.schedule(this, i, day);
            }
            if (reachMoves) people.set(i, People.FLAG_NEAR_SITE, PopulationSetup.nearSite(this, i));
            refreshDue(i, day - 1);
        }
    }

    /**
     * Reports every overdose of person {@code i} to {@code watcher} as it happens (who was
     * there, who responded); {@code i = -1} watches nobody. Called from the thread that steps
     * the person's block.
     */
    public void watchOverdoses(int i, OverdoseWatcher watcher) {
        this.overdoseWatcher = watcher;
        this.watchedPerson = watcher == null ? -1 : i;
    }

    /** Person {@code i} as of the end of the last day simulated (read-only); its days are days of the horizon, as {@link #day()}. */
    public PersonSnapshot person(int i) {
        People p = people;
        int today = Math.max(0, day - 1);
        double toleranceToday = toleranceBroughtTo(i, today + 1);
        float[] pain = this.pain.driversAt(i, today);
        int w = rules.warmUpDays;
        int stayUntil = p.state(i).isCustodyOrRehab() ? p.eventDay[i] - w : 0;
        return new PersonSnapshot(i, p.state(i), p.stateSince[i] - w, stayUntil, p.releaseDay[i] - w, p.overdoses[i],
                toleranceToday / p.habitualDose[i], pain[0], pain[1], pain[2],
                (today - p.birthDay[i]) / 365.25, p.has(i, People.FLAG_MALE), p.has(i, People.FLAG_HOLDS_KIT),
                p.has(i, People.FLAG_MEDICATED_IN_CUSTODY), p.has(i, People.FLAG_WAITING), p.has(i, People.FLAG_USES_ALONE));
    }

    /**
     * The tolerance person {@code i} brings to {@code day}'s use: decayed since the last day with
     * opioids, or the prescription's closed form, and held up by medication (methadone,
     * buprenorphine, or medication given in custody).
     */
    double toleranceBroughtTo(int i, int day) {
        People p = people;
        byte code = p.state[i];
        if (code == UseState.PRESCRIBED.code) return Prescriptions.tolerance(this, i, day);
        double decayed = rules.toleranceAfter(p.tolerance[i], day - 1 - p.lastUseDay[i]);
        double held = (p.flags[i] & People.FLAG_MEDICATED_IN_CUSTODY) != 0 ? rules.custodyMedicationTolerance
                : rules.medicationTolerance[code];
        return Math.max(decayed, held * p.habitualDose[i]);
    }

    /**
     * Moves person {@code i} to state {@code s} today. What the old state kept lazily is settled
     * first (a prescription's tolerance, the tolerance medication held), and the new state's first
     * use-day is drawn: today or later if the person has not used yet today
     * ({@code usedToday} false), tomorrow or later otherwise. A prescription's possible overdose
     * days are drawn by the caller, once the dose is set ({@link Prescriptions#start}).
     */
    void enter(int i, UseState s, boolean usedToday) {
        People p = people;
        byte from = p.state[i];
        if (from == UseState.PRESCRIBED.code) Prescriptions.end(this, i, day, usedToday);
        else if (rules.medicationTolerance[from] > 0) settleHeldTolerance(i, rules.medicationTolerance[from]);
        p.enter(i, s, day);
        if (s != UseState.PRESCRIBED) UseDays.schedule(this, i, usedToday ? day + 1 : day);
        // Candidate days come at the new state's rate from tomorrow (memoryless: exact).
        if (rules.candidate[s.code] != rules.candidate[from]) {
            p.nextCandidateDay[i] = day + rules.daysToNextCandidate(s.code, streams.candidate.uniform(i, day, 2));
        }
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
        int eventMask = rules.eventDayMask[code], deadMask = rules.deadMask[code];
        int waitingMask = -((flags >> WAITING_BIT) & 1);
        int due = Math.min(candidateDay, (eventDay & eventMask) | (People.NO_DAY & ~eventMask));
        due = Math.min(due, ((today + 1) & waitingMask) | (People.NO_DAY & ~waitingMask));
        return (Math.max(due, today + 1) & ~deadMask) | (People.NO_DAY & deadMask);
    }

    /** Tolerance held up by medication through yesterday, stored as of yesterday (medication ends today). */
    void settleHeldTolerance(int i, double heldShare) {
        People p = people;
        p.tolerance[i] = (float) Math.max(rules.toleranceAfter(p.tolerance[i], day - 1 - p.lastUseDay[i]), heldShare * p.habitualDose[i]);
        p.lastUseDay[i] = day - 1;
    }

    /** Steps one day through every phase; false once the horizon is done. */
    public boolean stepDay() {
        if (day >= rules.days) return false;
        schedule.step(this);
        return day < rules.days;
    }

    /** Runs the whole horizon and returns the daily series. */
    public RunResult runToEnd() {
        start();
        while (stepDay()) {
            // each step is one whole day
        }
        finish();
        return result();
    }

    public RunResult result() {
        return new RunResult(scenario.name(), replication, runSeed, scenario.horizon().start(),
                scenario.population().regionPopulation(), daily);
    }

    /** Runs replication {@code r} of a scenario: the usual entry point. */
    public static RunResult run(Scenario scenario, int r, int threads, IntConsumer onDayDone) {
        OverdoseSim sim = new OverdoseSim(scenario, replicationSeed(scenario.seed(), r), r, threads);
        sim.onDayDone = onDayDone;
        return sim.runToEnd();
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

    /** A person's own dose factor, fixed for life: where they sit among people in the same state. */
    double doseFactor(int i) {
        return Math.exp(scenario.use().doseSpread() * StandardNormal.quantile(streams.doseFactor.uniform(i, 0)));
    }
}
