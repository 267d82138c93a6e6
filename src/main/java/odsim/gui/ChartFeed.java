package odsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import odsim.engine.OverdoseSim;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs after each simulated day on the model's thread: folds the day's recorded results into
 * weeks and hands finished weeks to the charts on the Swing thread. Weeks that pile up while
 * the Swing thread is busy are drawn together in one redraw.
 */
final class ChartFeed implements Steppable {
    private static final long serialVersionUID = 1L;
    private final transient LiveCharts charts;
    private final transient Runnable afterDraw;
    private final WeeklyTotals totals;
    private final ConcurrentLinkedQueue<WeekPoint> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drawQueued = new AtomicBoolean();
    private int lastDay = -1;

    ChartFeed(LiveCharts charts, OverdoseSim sim, Runnable afterDraw) {
        this.charts = charts;
        this.afterDraw = afterDraw;
        this.totals = new WeeklyTotals(sim.scenario().horizon().start());
    }

    @Override
    public void step(SimState state) {
        OverdoseSim sim = (OverdoseSim) state;
        int day = sim.day() - 1;
        // GUIState runs this after every step, including one past the horizon's end: each day once.
        if (day <= lastDay) return;
        lastDay = day;
        WeekPoint week = totals.add(sim.recorded(), day);
        if (week != null) waiting.add(week);
        // Each day, so the date shown stays current; at most one draw waits on the Swing thread.
        if (charts != null && drawQueued.compareAndSet(false, true)) SwingUtilities.invokeLater(this::draw);
    }

    private void draw() {
        drawQueued.set(false);
        List<WeekPoint> weeks = new ArrayList<>();
        for (WeekPoint w; (w = waiting.poll()) != null; ) weeks.add(w);
        if (!weeks.isEmpty()) charts.add(weeks);
        if (afterDraw != null) afterDraw.run();
    }
}
