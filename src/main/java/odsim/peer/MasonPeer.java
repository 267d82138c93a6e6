package odsim.peer;

import java.util.ArrayList;
import java.util.List;
import odsim.engine.ObjectModel;
import odsim.engine.PersonObject;
import odsim.model.UseState;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The engine's model written the way MASON's tutorials write a model, as a yardstick for the
 * engine's speed ({@code odsim.bench.DayBenchmark}) and a check of its iteration
 * ({@code MasonPeerTest}): one {@link PersonAgent} per person, each scheduled with
 * {@code schedule.scheduleRepeating(agent)} and living its whole day in its own {@code step}.
 *
 * <p>This package keeps only what makes it a MASON model: a {@link SimState} whose schedule
 * steps, each day, the day's opening (ordering -1), every person (0, in MASON's shuffled order),
 * the entrants (1, each scheduled from tomorrow) and the day's close (2). What happens in them is
 * the engine's own code ({@link ObjectModel}, {@link PersonObject}): the same rules the engine's
 * phases step, so the results equal the engine's, person by person. One thread.
 */
public final class MasonPeer extends SimState {
    private static final long serialVersionUID = 1L;
    private final Scenario scenario;
    private final long runSeed;
    private ObjectModel model;
    private final List<PersonAgent> agents = new ArrayList<>();

    public MasonPeer(Scenario scenario, long runSeed) {
        super(runSeed);
        this.scenario = scenario;
        this.runSeed = runSeed;
    }

    /** Sets up the people and the schedule, then steps through the warm-up, if any. */
    @Override
    public void start() {
        super.start();
        model = new ObjectModel(scenario, runSeed);
        agents.clear();
        schedule.scheduleRepeating(Schedule.EPOCH, -1, (Steppable) state -> model.openDay(), 1.0);
        for (PersonObject p : model.people()) schedule(p);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) state -> {
            for (int n = model.arrivalsToday(); n > 0; n--) schedule(model.enter());
        }, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) state -> model.closeDay(), 1.0);
        while (model.inWarmUp()) schedule.step(this);
    }

    /** A person as an agent on the schedule (MASON's default: from the next step, ordering 0, every step). */
    private void schedule(PersonObject p) {
        PersonAgent a = new PersonAgent(p);
        a.stopper = schedule.scheduleRepeating(a);
        agents.add(a);
    }

    /** Steps one day; false once the horizon is done. */
    public boolean stepDay() {
        if (model.done()) return false;
        schedule.step(this);
        return !model.done();
    }

    /** Runs the rest of the horizon under a changed scenario, from the next day (as the engine does). */
    public void changeScenario(Scenario changed) {
        model.changeScenario(changed);
    }

    /** Days of the horizon simulated so far: 0 before its start. */
    public int day() {
        return model.day();
    }

    public int days() {
        return model.days();
    }

    public int size() {
        return agents.size();
    }

    public UseState state(int person) {
        return UseState.of(agents.get(person).person.state());
    }

    public float tolerance(int person) {
        return agents.get(person).person.tolerance();
    }

    public int lastUseDay(int person) {
        return agents.get(person).person.lastUseDay();
    }

    public int overdoses(int person) {
        return agents.get(person).person.overdoses();
    }

    /** The daily series so far, in the engine's form. */
    public RunResult result() {
        return model.result();
    }

    /** The daily series of {@code m} recorded so far, as the engine's {@code recorded}. */
    public double[] recorded(odsim.results.Measure m) {
        return model.recorded(m);
    }

    /** One person on MASON's schedule: lives a day each step, and leaves the schedule on dying. */
    static final class PersonAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        final PersonObject person;
        Stoppable stopper;

        PersonAgent(PersonObject person) {
            this.person = person;
        }

        @Override
        public void step(SimState state) {
            if (!person.liveDay(((MasonPeer) state).model)) stopper.stop();
        }
    }
}
