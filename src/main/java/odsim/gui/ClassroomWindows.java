package odsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The windows a class sees beside the Console: the live charts (with speed, run-to-date and
 * load-scenario controls) and a person's story, laid out to fill the screen.
 */
final class ClassroomWindows {
    private static final String[] SPEEDS = {"as fast as it runs", "fast (a year in ~4 s)", "steady (a year in ~15 s)", "slow (a week a second)"};
    private static final long[] SLEEP_MS = {0, 10, 40, 140};

    private final OdsimGui gui;
    private final Console console;
    private final JFrame chartsFrame = new JFrame("odsim: live charts");
    private final JFrame storyFrame = new JFrame("odsim: a person's story");
    private final StoryView story;
    private final JLabel status = new JLabel();
    private final JTextField runTo = new JTextField(9);

    ClassroomWindows(OdsimGui gui, Console console) {
        this.gui = gui;
        this.console = console;
        this.story = new StoryView(gui);

        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
        if (Presentation.on()) {
            // The Console's own play, pause and stop are 16-pixel icons in a corner: too small to hit on a projector.
            bar.add(bigButton("\u25B6 Play", console::pressPlay));
            bar.add(bigButton("\u2016 Pause", console::pressPause));
            bar.add(bigButton("\u25A0 Stop", console::pressStop));
        }
        status.setFont(status.getFont().deriveFont(Font.BOLD, Presentation.on() ? Presentation.MIN_TEXT : 14f));
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 0, 10));
        JComboBox<String> speed = new JComboBox<>(SPEEDS);
        speed.addActionListener(e -> console.setPlaySleep(SLEEP_MS[speed.getSelectedIndex()]));
        speed.setSelectedIndex(1);
        bar.add(new JLabel("Speed:"));
        bar.add(speed);
        bar.add(new JLabel("   Run to:"));
        runTo.setText(gui.scenario().horizon().start().plusYears(1).toString());
        runTo.setToolTipText("A date (yyyy-mm-dd): play until the model reaches it, then pause");
        runTo.addActionListener(e -> runToDate());
        bar.add(runTo);
        JButton go = new JButton("Go");
        go.addActionListener(e -> runToDate());
        bar.add(go);
        JButton newSeed = new JButton("New seed");
        newSeed.setToolTipText("Stop, and take the next seed: another run of the same world (the Console's Console tab, Random Number Seed, sets any seed)");
        newSeed.addActionListener(e -> newSeed());
        bar.add(newSeed);
        JButton load = new JButton("Load scenario...");
        load.addActionListener(e -> chooseScenario());
        bar.add(load);

        JPanel top = new JPanel(new BorderLayout());
        top.add(status, BorderLayout.NORTH);
        top.add(bar, BorderLayout.SOUTH);
        chartsFrame.setLayout(new BorderLayout());
        chartsFrame.add(top, BorderLayout.NORTH);
        if (Presentation.on()) {
            // Projected: one pair of charts at a time, the story a tab beside them, all at full height.
            JTabbedPane tabs = new JTabbedPane();
            List<JPanel> pairs = gui.charts().pairs();
            tabs.addTab("Deaths and people", pairs.get(0));
            tabs.addTab("Costs and the supply", pairs.get(1));
            tabs.addTab("A person's story", story.panel());
            chartsFrame.add(tabs, BorderLayout.CENTER);
        } else {
            gui.charts().panel().setBorder(BorderFactory.createEmptyBorder(2, 4, 4, 4));
            chartsFrame.add(gui.charts().panel(), BorderLayout.CENTER);
            storyFrame.add(story.panel());
        }
        chartsFrame.getContentPane().setBackground(Color.WHITE);
        chartsFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        storyFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);

        showModelTab();
        console.registerFrame(chartsFrame);
        console.registerFrame(storyFrame);
        chartsFrame.setVisible(true);
        storyFrame.setVisible(!Presentation.on());
        gui.charts().reset(gui.scenario().horizon().start(), gui.scenario().horizon().end());
        updateStatus();
    }

    private static JButton bigButton(String text, Runnable action) {
        JButton b = new JButton(text);
        b.setFont(ChartStyle.sizes.titleFont());
        b.setMargin(new java.awt.Insets(8, 16, 8, 16));
        b.addActionListener(e -> action.run());
        return b;
    }

    /**
     * Fills the screen: the Console on the left, the charts top right, the story below them
     * (projected, the charts take more of the height: a projector's screen is small).
     */
    void layOut() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        boolean projected = Presentation.on();
        // Projected, the Console keeps room for the levers' names and sliders at 18 px, and the
        // charts (with the story as a tab) take the whole height beside it.
        int consoleWidth = projected ? Math.min(460, (int) (screen.width * 0.36)) : Math.min(440, screen.width / 3);
        int chartsHeight = projected ? screen.height : (int) (screen.height * 0.62);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        chartsFrame.setBounds(screen.x + consoleWidth, screen.y, screen.width - consoleWidth, chartsHeight);
        storyFrame.setBounds(screen.x + consoleWidth, screen.y + chartsHeight, screen.width - consoleWidth, screen.height - chartsHeight);
    }

    StoryView story() {
        return story;
    }

    /** The smallest text the charts and story windows show, in pixels. */
    float smallestText() {
        return Math.min(Presentation.smallestText(chartsFrame), Presentation.smallestText(storyFrame));
    }

    Rectangle chartsBounds() {
        return chartsFrame.getBounds();
    }

    /** Opens the Console on its Model tab, where the levers are. */
    private void showModelTab() {
        JTabbedPane tabs = console.getTabPane();
        for (int k = 0; k < tabs.getTabCount(); k++) {
            if (tabs.getTitleAt(k).toLowerCase().contains("model")) tabs.setSelectedIndex(k);
        }
    }

    void runStarted() {
        story.runStarted();
        updateStatus();
    }

    void drawn() {
        updateStatus();
        story.today(gui.sim().day());
    }

    void leversChanged() {
        story.leversChanged();
    }

    void dispose() {
        chartsFrame.dispose();
        storyFrame.dispose();
    }

    private void updateStatus() {
        Scenario s = gui.scenario();
        LocalDate today = s.horizon().start().plusDays(Math.max(0, gui.sim().day() - 1));
        String when = gui.isRunning() ? today.toString() : "(press play)";
        // Projected, the seed is left out so the line fits beside nothing smaller than 18 px.
        status.setText(Presentation.on()
                ? String.format("%s    %s    overdose deaths so far: %,.0f", s.name(), when, gui.charts().deathsSoFar())
                : String.format("%s  (seed %d)      %s      overdose deaths so far: %,.0f", s.name(), gui.seed(), when, gui.charts().deathsSoFar()));
    }

    /** Plays until the date in the field, then pauses (MASON counts one step per day). */
    private void runToDate() {
        Scenario s = gui.scenario();
        LocalDate date;
        try {
            date = LocalDate.parse(runTo.getText().trim());
        } catch (DateTimeParseException e) {
            JOptionPane.showMessageDialog(chartsFrame, "Write the date as yyyy-mm-dd, e.g. " + s.horizon().start().plusYears(1));
            return;
        }
        long day = date.toEpochDay() - s.horizon().start().toEpochDay() + 1;
        if (day < 1 || day > s.horizon().days()) {
            JOptionPane.showMessageDialog(chartsFrame, "Pick a date from " + s.horizon().start() + " to " + s.horizon().end());
            return;
        }
        console.setWhenShouldPause(gui.stepAfterDay(day));
        if (console.getPlayState() == Console.PS_PAUSED) console.pressPause();
        else if (console.getPlayState() == Console.PS_STOPPED) console.pressPlay();
    }

    /** Stops the run and sets the Console's seed to the next one (MASON keeps it in a package-private field). */
    private void newSeed() {
        console.pressStop();
        long next = (int) (gui.seed() + 1);
        try {
            java.lang.reflect.Field seed = Console.class.getDeclaredField("randomSeed");
            seed.setAccessible(true);
            seed.setLong(console, next);
            java.lang.reflect.Field field = Console.class.getDeclaredField("randomField");
            field.setAccessible(true);
            ((sim.util.gui.PropertyField) field.get(console)).setValue(Long.toString(next));
            gui.state.setSeed(next);
        } catch (ReflectiveOperationException | RuntimeException e) {
            JOptionPane.showMessageDialog(chartsFrame, "Set the seed in the Console's Console tab (Random Number Seed).");
            return;
        }
        updateStatus();
    }

    private void chooseScenario() {
        JFileChooser chooser = new JFileChooser(Path.of("scenarios").toAbsolutePath().toFile());
        if (chooser.showOpenDialog(chartsFrame) != JFileChooser.APPROVE_OPTION) return;
        Scenario next;
        try {
            next = ScenarioLoader.load(chooser.getSelectedFile().toPath());
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(chartsFrame, String.join("\n", e.problems()), "This scenario has problems", JOptionPane.ERROR_MESSAGE);
            return;
        }
        console.pressStop();
        gui.load(next);
        runTo.setText(next.horizon().start().plusYears(1).toString());
        story.clear();
        console.refresh();
        updateStatus();
    }
}
