package odsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import odsim.engine.OverdoseSim;
import odsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The model in MASON's Console, for class: live charts, levers as sliders, one person's story.
 * It wraps an {@link OverdoseSim} that never knows it is watched: the charts read the model's
 * recorded days after each step, levers change the scenario between days, and nothing here
 * draws from the model's random streams, so a run in the GUI gives exactly the results of the
 * same scenario and seed run headless.
 *
 * <p>The Console's seed (its Console tab, Random Number Seed) is the run's seed, as {@code odsim run --seed}
 * (replication 0); it starts as the scenario's own.
 */
public final class OdsimGui extends GUIState {
    private Scenario scenario;
    private final int threads;
    /** Levers moved during the current run, in order; a person's story replays them. */
    private final List<LeverChange> changes = new ArrayList<>();
    private final LiveCharts charts = new LiveCharts();
    private final LeverProperties levers = new LeverProperties(this);
    private ClassroomWindows windows;
    private volatile boolean running;
    private Runnable onQuit;

    public OdsimGui(Scenario scenario, int threads) {
        super(newSim(scenario, scenario.seed(), threads));
        this.scenario = scenario;
        this.threads = threads;
    }

    private static OverdoseSim newSim(Scenario s, long seed, int threads) {
        return Replay.model(s, seed, threads);
    }

    public static String getName() {
        return "odsim: overdose policy in class";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>odsim in class</h2>"
                + "<p>People who use opioids live day by day through pain, a volatile street supply, tolerance, treatment, "
                + "custody and overdoses. Press <b>play</b> and watch deaths climb as fentanyl spreads; pull a lever in the "
                + "<b>Model</b> tab and watch the curve bend from the next day; follow one person in <b>A person's story</b>.</p>"
                + "<p>The guide for teachers: <tt>scenarios/teaching/GUIDE.md</tt>.</p></body></html>";
    }

    /** The model being shown. */
    public OverdoseSim sim() {
        return (OverdoseSim) state;
    }

    /** The scenario as loaded, with any lever set before the run started. */
    Scenario scenario() {
        return scenario;
    }

    long seed() {
        return state.seed();
    }

    boolean isRunning() {
        return running;
    }

    LiveCharts charts() {
        return charts;
    }

    /** Levers moved during the current run. */
    List<LeverChange> changes() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
    }

    @Override
    public void start() {
        long seed = state.seed();
        state.finish();
        state = newSim(scenario, seed, threads);
        synchronized (changes) {
            changes.clear();
        }
        super.start();
        running = true;
        OverdoseSim sim = sim();
        scheduleRepeatingImmediatelyAfter(new ChartFeed(charts, sim, this::drawn));
        // The schedule repeats the day forever: end the run on the horizon's last day.
        scheduleRepeatingImmediatelyAfter(s -> {
            if (((OverdoseSim) s).day() >= ((OverdoseSim) s).days()) s.kill();
        });
        SwingUtilities.invokeLater(() -> {
            charts.reset(scenario.horizon().start(), scenario.horizon().end());
            markScheduledLevers(sim.scenario());
            if (windows != null) windows.runStarted();
        });
    }

    /**
     * The Console's step count once {@code day} days of the horizon are simulated: the warm-up's
     * days are steps of MASON's schedule too (they run in {@link #start}), so a pause set by the
     * horizon's day must add them.
     */
    long stepAfterDay(long day) {
        return scenario.horizon().warmUpDays() + day;
    }

    @Override
    public void finish() {
        running = false;
        super.finish();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        windows = new ClassroomWindows(this, (Console) controller);
    }

    @Override
    public void quit() {
        super.quit();
        if (windows != null) windows.dispose();
        windows = null;
        if (onQuit != null) onQuit.run();
    }

    ClassroomWindows windows() {
        return windows;
    }

    void onQuit(Runnable r) {
        onQuit = r;
    }

    @Override
    public Inspector getInspector() {
        // Volatile: the sliders follow levers that a scenario moves on its own dates.
        Inspector i = new SimpleInspector(levers, this, "Levers (from the next day)");
        i.setVolatile(true);
        return i;
    }

    /** Loads another scenario for the next run (the Console must be stopped). */
    void load(Scenario next) {
        synchronized (state.schedule) {
            scenario = next;
            state.finish();
            state = newSim(next, state.seed(), threads);
        }
        charts.resetAll(next.horizon().start(), next.horizon().end());
    }

    /** The date a lever moved now takes effect: the next day of a running model, else the horizon's start. */
    LocalDate nextDate() {
        return running ? scenario.horizon().start().plusDays(Math.min(sim().day(), sim().days() - 1)) : scenario.horizon().start();
    }

    /** A lever's value on the next day. */
    double lever(Lever lever) {
        return lever.level(running ? sim().scenario() : scenario, nextDate());
    }

    /**
     * Moves a lever from the next day on. Before a run (or after one) it sets the lever from the
     * horizon's start for the next run.
     */
    void setLever(Lever lever, double value) {
        // A slider set to the value it shows (its rounding) is not a move: a dated curve keeps its course.
        if (Math.abs(value - lever(lever)) < 0.01 * (lever.max - lever.min)) return;
        LocalDate date;
        synchronized (state.schedule) {
            OverdoseSim sim = sim();
            date = nextDate();
            if (!running) {
                scenario = lever.set(scenario, date, value);
                sim.changeScenario(scenario.withSeed(sim.scenario().seed()));
                return;
            }
            if (sim.day() >= sim.days()) return;
            Scenario changed = lever.set(sim.scenario(), date, value);
            sim.changeScenario(changed);
            synchronized (changes) {
                changes.add(new LeverChange(sim.day(), changed));
            }
        }
        double now = lever(lever);
        String shown = lever.isSwitch() ? (now >= 0.5 ? "on" : "off") : String.format("%.2f", now);
        Runnable mark = () -> charts.mark(date, lever.label + ": " + shown);
        if (SwingUtilities.isEventDispatchThread()) mark.run();
        else SwingUtilities.invokeLater(mark);
        if (windows != null) windows.leversChanged();
    }

    /** Marks the days a scenario switches a lever on by itself. */
    private void markScheduledLevers(Scenario s) {
        for (Lever lever : Lever.ALL) {
            if (lever == Lever.FENTANYL) continue;
            double[] level = lever.daily(s);
            for (int d = 1; d < level.length; d++) {
                if (level[d - 1] == lever.off() && level[d] != lever.off()) charts.mark(s.horizon().start().plusDays(d), lever.label);
            }
        }
    }

    private void drawn() {
        if (windows != null) windows.drawn();
    }
}
