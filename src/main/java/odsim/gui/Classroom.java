package odsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import odsim.scenario.Scenario;
import sim.display.Console;

/** Opens the classroom GUI on a display: MASON's Console around the model, the live charts and a person's story. */
public final class Classroom {
    private final OdsimGui gui;
    private final Console console;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Classroom(OdsimGui gui, Console console) {
        this.gui = gui;
        this.console = console;
        gui.onQuit(closed::countDown);
    }

    /** Opens the windows (needs a display). */
    public static Classroom open(Scenario scenario, int threads) {
        return open(scenario, threads, false);
    }

    /** Opens the windows, in presentation mode if {@code projected} (large text and controls for a projector). */
    public static Classroom open(Scenario scenario, int threads, boolean projected) {
        Classroom[] made = new Classroom[1];
        onSwing(() -> {
            if (projected) Presentation.turnOn();
            OdsimGui gui = new OdsimGui(scenario, threads);
            Console console = new Console(gui);
            // Stop, then Play, replays the same seed (MASON's default moves to the next one), so a
            // class's before-and-after differs by the lever alone; New seed gives another run.
            console.setIncrementSeedOnStop(false);
            gui.windows().layOut();
            if (projected) Presentation.enlarge(console);
            console.setVisible(true);
            made[0] = new Classroom(gui, console);
        });
        return made[0];
    }

    /** Waits until the teacher closes the Console. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * For tests and demos: plays {@code days} days, shows the story of someone who died, waits
     * for the charts to draw, and saves a screenshot of the whole screen. Returns what was drawn.
     */
    public Autoplay autoplay(int days, Path screenshot, long timeoutMillis) throws InterruptedException, IOException {
        onSwing(() -> {
            console.setWhenShouldPause(gui.stepAfterDay(days));
            console.pressPlay();
        });
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (gui.sim().day() < Math.min(days, gui.sim().days()) || console.getPlayState() == Console.PS_PLAYING) {
            if (System.currentTimeMillis() > deadline) throw new IOException("autoplay: the model did not reach day " + days + " in time");
            Thread.sleep(100);
        }
        // Someone's story, as a teacher would pick it: someone who died (from the start of the run).
        onSwing(() -> gui.windows().story().find(StoryFinder.Wanted.DIED_OF_OVERDOSE));
        boolean[] busy = {true};
        while (busy[0]) {
            if (System.currentTimeMillis() > deadline) throw new IOException("autoplay: the story was not written in time");
            Thread.sleep(100);
            onSwing(() -> busy[0] = gui.windows().story().busy());
        }
        // Let the Swing thread draw every week handed to it, then capture what is on the screen.
        for (int k = 0; k < 3; k++) {
            onSwing(() -> { });
            Thread.sleep(300);
        }
        Rectangle[] charts = new Rectangle[1];
        float[] smallest = new float[1];
        int[] weeks = new int[1];
        Story[] story = new Story[1];
        double[] deaths = new double[1];
        onSwing(() -> {
            charts[0] = gui.windows().chartsBounds();
            weeks[0] = gui.charts().weeksShown();
            deaths[0] = gui.charts().deathsSoFar();
            story[0] = gui.windows().story().shown();
            smallest[0] = Math.min(Presentation.smallestText(console), gui.windows().smallestText());
        });
        Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds();
        BufferedImage image;
        try {
            image = new Robot().createScreenCapture(screen);
        } catch (java.awt.AWTException e) {
            throw new IOException("cannot capture the screen: " + e.getMessage(), e);
        }
        Path parent = screenshot.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        ImageIO.write(image, "png", screenshot.toFile());
        return new Autoplay(gui.sim().day(), weeks[0], deaths[0], charts[0], story[0] == null ? -1 : story[0].person(),
                story[0] == null ? 0 : story[0].events().size(), smallest[0]);
    }

    /**
     * For tests: plays {@code days} days, presses Stop, then Play again for the same days, as a
     * teacher would, and compares the two runs' daily series (every measure).
     */
    public ReplayCheck replayCheck(int days, long timeoutMillis) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        odsim.results.RunResult first = playFor(days, deadline);
        onSwing(console::pressStop);
        odsim.results.RunResult second = playFor(days, deadline);
        boolean identical = true;
        for (odsim.results.Measure m : odsim.results.Measure.ALL) {
            identical &= java.util.Arrays.equals(java.util.Arrays.copyOf(first.series(m), days), java.util.Arrays.copyOf(second.series(m), days));
        }
        return new ReplayCheck(days, first.total(odsim.results.Measure.OVERDOSE_DEATHS), second.total(odsim.results.Measure.OVERDOSE_DEATHS),
                identical);
    }

    /** Plays from the start until {@code days} days are simulated; a copy of the run's series. */
    private odsim.results.RunResult playFor(int days, long deadline) throws InterruptedException, IOException {
        onSwing(() -> {
            console.setWhenShouldPause(gui.stepAfterDay(days));
            console.pressPlay();
        });
        while (gui.sim().day() < Math.min(days, gui.sim().days()) || console.getPlayState() == Console.PS_PLAYING) {
            if (System.currentTimeMillis() > deadline) throw new IOException("replay check: the model did not reach day " + days + " in time");
            Thread.sleep(50);
        }
        odsim.results.RunResult r = gui.sim().result();
        double[][] copy = new double[odsim.results.Measure.COUNT][];
        for (odsim.results.Measure m : odsim.results.Measure.ALL) copy[m.ordinal()] = r.series(m).clone();
        return new odsim.results.RunResult(r.scenario(), r.replication(), r.seed(), r.start(), r.regionPopulation(), copy);
    }

    /** Two runs of the same days, Stop between them: their overdose deaths, and whether every series was the same. */
    public record ReplayCheck(int days, double firstDeaths, double secondDeaths, boolean identical) {}

    /**
     * What an autoplay drew: days simulated, weeks on the charts, deaths counted on them, where
     * the charts window is, whose story is shown (-1 for nobody) and how many events it tells, and
     * the smallest text any window shows, in pixels.
     */
    public record Autoplay(int days, int weeks, double deaths, Rectangle charts, int storyPerson, int storyEvents, float smallestText) {}

    private static void onSwing(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) r.run();
            else SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
