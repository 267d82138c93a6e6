package odsim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import odsim.model.UseState;
import odsim.scenario.Scenario;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * One person's life in the run as a timeline: their states as coloured stretches, tolerance and
 * pain as curves, overdoses as red lines, and what happened, day by day, in words. The story is
 * written by replaying the run headless in the background ({@link StoryReplay}), so showing it
 * never slows or changes the live model.
 */
final class StoryView {
    private static final Map<UseState, Color> STATE_COLOURS = new EnumMap<>(UseState.class);

    static {
        STATE_COLOURS.put(UseState.NO_USE, new Color(0xFFFFFF));
        STATE_COLOURS.put(UseState.PRESCRIBED, new Color(0xE8E8E8));
        STATE_COLOURS.put(UseState.NONMEDICAL, new Color(0xFDEBD0));
        STATE_COLOURS.put(UseState.STREET, new Color(0xF5B7B1));
        STATE_COLOURS.put(UseState.METHADONE, new Color(0xAED6F1));
        STATE_COLOURS.put(UseState.BUPRENORPHINE, new Color(0xA3E4D7));
        STATE_COLOURS.put(UseState.SAFE_SUPPLY, new Color(0xABEBC6));
        STATE_COLOURS.put(UseState.REHAB, new Color(0xF9E79F));
        STATE_COLOURS.put(UseState.JAIL, new Color(0xD5D8DC));
        STATE_COLOURS.put(UseState.PRISON, new Color(0xBFC9CA));
        STATE_COLOURS.put(UseState.REMISSION, new Color(0xD7BDE2));
        STATE_COLOURS.put(UseState.DEAD_OVERDOSE, new Color(0x34495E));
        STATE_COLOURS.put(UseState.DEAD_OTHER, new Color(0x34495E));
    }

    private final OdsimGui gui;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final JTextField personField = new JTextField("0", 6);
    private final JLabel status = new JLabel(" ");
    private final JLabel header = new JLabel(" ");
    private final JTextArea text = new JTextArea();
    private final XYSeries tolerance = new XYSeries("tolerance (% of usual dose)", false, false);
    private final XYSeries physical = new XYSeries("physical pain (%)", false, false);
    private final XYSeries emotional = new XYSeries("emotional pain (%)", false, false);
    private final XYSeries economic = new XYSeries("economic stress (%)", false, false);
    private final XYPlot plot;
    private final ValueMarker today = new ValueMarker(0, new Color(0x2C3E50), new BasicStroke(2f));
    private SwingWorker<Story, Void> worker;
    private List<LeverChange> storyChanges = List.of();
    private Story shown;
    private int todayShown = -100;

    StoryView(OdsimGui gui) {
        this.gui = gui;
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 3));
        bar.add(new JLabel("Person #"));
        personField.addActionListener(e -> showPerson());
        bar.add(personField);
        JButton show = new JButton("Show");
        show.addActionListener(e -> showPerson());
        bar.add(show);
        JButton died = new JButton("Someone who died");
        died.setToolTipText("Someone who dies of an overdose from today on in this run");
        died.addActionListener(e -> find(StoryFinder.Wanted.DIED_OF_OVERDOSE));
        bar.add(died);
        JButton released = new JButton("Someone released from jail");
        released.setToolTipText("Someone released from jail or prison from today on, who dies of an overdose soon after if anyone does");
        released.addActionListener(e -> find(StoryFinder.Wanted.RELEASED_FROM_JAIL));
        bar.add(released);
        status.setForeground(new Color(0x7F8C8D));
        bar.add(status);

        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(tolerance);
        data.addSeries(physical);
        data.addSeries(emotional);
        data.addSeries(economic);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x333333), new Color(0xC0392B), new Color(0x2980B9), new Color(0xE67E22)};
        for (int k = 0; k < colours.length; k++) {
            lines.setSeriesPaint(k, colours[k]);
            lines.setSeriesStroke(k, new BasicStroke(k == 0 ? 1.0f : 2.0f));
        }
        plot = ChartStyle.overYears(data, "%", lines);
        plot.setDomainGridlinesVisible(false);
        ChartPanel chartPanel = ChartStyle.panel(plot, null, null);

        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.round(ChartStyle.sizes.text())));
        text.setText(PICK);
        showHorizon();
        JScrollPane scroll = new JScrollPane(text);
        scroll.setPreferredSize(new Dimension(380, 200));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chartPanel, scroll);
        split.setResizeWeight(0.55);
        header.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        header.setFont(header.getFont().deriveFont(Font.BOLD, ChartStyle.sizes.text() + 1));

        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        top.add(header, BorderLayout.SOUTH);
        panel.add(top, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
    }

    JPanel panel() {
        return panel;
    }

    /** Moves the "today" line to the live model's day. */
    void today(int day) {
        // Weekly is enough for a line on a years-long axis, and spares the chart a redraw a day.
        if (Math.abs(day - todayShown) < 7 && day != 0) return;
        todayShown = day;
        today.setValue(ChartStyle.millis(gui.scenario().horizon().start().plusDays(Math.max(0, day - 1))));
    }

    /** A run starts (the first Play, or Play after Stop): the last run's person is not this run's, so the panel starts empty. */
    void runStarted() {
        clear();
        today(0);
    }

    /** The shown story was written with the levers as they were; say so if they have moved since. */
    void leversChanged() {
        if (header.getText().isBlank() || worker != null) return;
        if (!storyChanges.equals(gui.changes())) status.setText("levers moved since this story was written: press Show to see it again");
    }

    void clear() {
        if (worker != null) worker.cancel(true);
        worker = null;
        tolerance.clear();
        physical.clear();
        emotional.clear();
        economic.clear();
        plot.clearDomainMarkers();
        plot.addDomainMarker(today, Layer.FOREGROUND);
        showHorizon();
        shown = null;
        header.setText(" ");
        status.setText(" ");
        text.setText(PICK);
    }

    private static final String PICK = "Pick a person: type a number and press Show, or let the model find someone who died or someone released from jail.";

    /** An empty chart keeps the run's years on its axis (not 1970, where an empty date axis starts). */
    private void showHorizon() {
        Scenario s = gui.scenario();
        plot.getDomainAxis().setRange(ChartStyle.millis(s.horizon().start()), ChartStyle.millis(s.horizon().end().plusDays(1)));
    }

    private void showPerson() {
        int person;
        try {
            person = Integer.parseInt(personField.getText().trim());
        } catch (NumberFormatException e) {
            status.setText("type a person's number (0, 1, 2, ...)");
            return;
        }
        if (person < 0 || person >= gui.sim().people().size() && gui.isRunning()) {
            status.setText("no person #" + person + " yet: numbers go from 0 to " + (gui.sim().people().size() - 1));
            return;
        }
        compute(() -> person, "writing the story of person #" + person + "...");
    }

    /** The person the last search found (the next search starts after them); written by the search's worker. */
    private volatile int lastFound = -1;

    /** True while a story is being found or written. */
    boolean busy() {
        return worker != null;
    }

    /** Finds someone (who died, or was released from jail) from today on, and shows their story. */
    void find(StoryFinder.Wanted wanted) {
        String whom = wanted == StoryFinder.Wanted.DIED_OF_OVERDOSE ? "someone who dies of an overdose" : "someone released from jail";
        Scenario s = gui.scenario();
        long seed = gui.seed();
        List<LeverChange> changes = gui.changes();
        int from = gui.isRunning() ? gui.sim().day() : 0;
        // Asking again shows the next person who fits, not the same one.
        int after = lastFound;
        compute(() -> {
            int found = StoryFinder.find(s, seed, changes, wanted, from, after, () -> Thread.currentThread().isInterrupted());
            if (found >= 0) lastFound = found;
            return found;
        }, "looking for " + whom + " (replaying the run)...");
    }

    /** Finds the person (in the background), then writes and shows their story. */
    private void compute(IntSupplier whom, String message) {
        if (worker != null) worker.cancel(true);
        Scenario s = gui.scenario();
        long seed = gui.seed();
        List<LeverChange> changes = gui.changes();
        status.setText(message);
        worker = new SwingWorker<>() {
            @Override
            protected Story doInBackground() {
                int person = whom.getAsInt();
                if (person < 0) return null;
                return StoryReplay.of(s, seed, changes, person, this::isCancelled);
            }

            @Override
            protected void done() {
                if (isCancelled()) return;
                worker = null;
                try {
                    Story story = get();
                    if (story == null) {
                        status.setText("no one like that in this run: try another lever setting or seed");
                        return;
                    }
                    storyChanges = changes;
                    show(story);
                    status.setText(" ");
                } catch (Exception e) {
                    status.setText("could not write the story: " + e.getMessage());
                }
            }
        };
        worker.execute();
    }

    /** The story on screen, or null. */
    Story shown() {
        return shown;
    }

    private void show(Story story) {
        shown = story;
        personField.setText(Integer.toString(story.person()));
        tolerance.clear();
        physical.clear();
        emotional.clear();
        economic.clear();
        plot.clearDomainMarkers();
        Scenario s = gui.scenario();
        plot.getDomainAxis().setRange(ChartStyle.millis(s.horizon().start()), ChartStyle.millis(s.horizon().end().plusDays(1)));
        int n = story.states().length;
        for (int k = 0; k < n; k++) {
            if (story.states()[k].isDead()) break;
            double x = ChartStyle.millis(story.date(story.firstDay() + k));
            tolerance.add(x, 100 * story.toleranceShare()[k], false);
            physical.add(x, 100 * story.physical()[k], false);
            emotional.add(x, 100 * story.emotional()[k], false);
            economic.add(x, 100 * story.economic()[k], false);
        }
        tolerance.fireSeriesChanged();
        physical.fireSeriesChanged();
        emotional.fireSeriesChanged();
        economic.fireSeriesChanged();
        stretches(story);
        StringBuilder lines = new StringBuilder();
        java.util.Set<Integer> deathDays = new java.util.HashSet<>();
        for (StoryEvent e : story.events()) if (e.kind() == StoryEvent.Kind.DEATH) deathDays.add(e.day());
        for (StoryEvent e : story.events()) {
            // A fatal overdose is one line, labelled "died": two labels on one day would run together.
            if (e.kind() == StoryEvent.Kind.DEATH || (e.kind() == StoryEvent.Kind.OVERDOSE && !deathDays.contains(e.day()))) overdoseLine(story, e);
            lines.append(story.date(e.day())).append("  ").append(e.text()).append('\n');
        }
        plot.addDomainMarker(today, Layer.FOREGROUND);
        text.setText(lines.toString());
        text.setCaretPosition(0);
        header.setText(String.format("<html>Person #%d: %s</html>", story.person(), story.ending()));
    }

    /** Colours the background by the person's state, with the state's name on long stretches. */
    private void stretches(Story story) {
        UseState[] states = story.states();
        int days = gui.scenario().horizon().days();
        int from = 0;
        for (int k = 1; k <= states.length; k++) {
            if (k < states.length && states[k] == states[from]) continue;
            double x0 = ChartStyle.millis(story.date(story.firstDay() + from));
            // Death lasts to the end of the horizon.
            double x1 = ChartStyle.millis(story.date(states[from].isDead() ? days : story.firstDay() + k));
            IntervalMarker m = new IntervalMarker(x0, x1, STATE_COLOURS.get(states[from]));
            m.setAlpha(0.55f);
            if (k - from > days / 16 || states[from].isDead()) {
                m.setLabel(StoryRecorder.shortName(states[from]));
                m.setLabelFont(ChartStyle.sizes.smallFont().deriveFont(ChartStyle.sizes.marker()));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(m, Layer.BACKGROUND);
            from = k;
        }
    }

    private void overdoseLine(Story story, StoryEvent e) {
        boolean death = e.kind() == StoryEvent.Kind.DEATH;
        ValueMarker m = new ValueMarker(ChartStyle.millis(story.date(e.day())), death ? Color.BLACK : new Color(0xE74C3C),
                new BasicStroke(death ? 3f : 2f));
        m.setLabel(death ? "died" : "overdose");
        m.setLabelFont(ChartStyle.sizes.smallFont().deriveFont(Font.BOLD, ChartStyle.sizes.marker()));
        m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(m, Layer.FOREGROUND);
    }
}
