package odsim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import odsim.gui.Classroom;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Open the teaching GUI: live charts, levers, a person's story.",
        description = {
            "Open the teaching GUI: MASON's Console around the model, with live charts",
            "(deaths per week, people in each state, costs, the supply), the levers as",
            "sliders in the Console's Model tab (from the next day), and a person's story.",
            "Results equal 'odsim run' with the same scenario and seed (replication 0).",
            "Teaching scenarios and the teacher's guide: scenarios/teaching/.",
            ""})
final class GuiCommand implements Callable<Integer> {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "teaching", "fentanyl-arrives.yaml");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "Scenario file (YAML); default: " + "scenarios/teaching/fentanyl-arrives.yaml")
    Path scenarioFile;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", description = "Seed of the run (default: the scenario's); also in the Console's Options tab")
    Long seed;

    @Option(names = {"-n", "--agents"}, paramLabel = "N", description = "Simulate N agents instead of the scenario's")
    Integer agents;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Threads for the live model (default: all cores)")
    Integer threads;

    @Option(names = "--present", description = "Presentation mode, for a projector: text at least 18 px, large Play, Pause and Stop buttons, "
            + "the charts taking most of the screen (made for 1280x720)")
    boolean present;

    /** For tests and demos: play this many days, save a screenshot, print what was drawn, and exit. */
    @Option(names = "--autoplay-days", hidden = true, paramLabel = "DAYS")
    Integer autoplayDays;

    @Option(names = "--screenshot", hidden = true, paramLabel = "FILE")
    Path screenshot;

    /** For tests: play this many days, Stop, Play the same days again, print whether both runs were the same, and exit. */
    @Option(names = "--replay-check-days", hidden = true, paramLabel = "DAYS")
    Integer replayCheckDays;

    @Override
    public Integer call() throws Exception {
        Path file = scenarioFile != null ? scenarioFile : DEFAULT_SCENARIO;
        if (scenarioFile == null && !Files.exists(file)) {
            throw new UserError("no scenario given, and the default " + file + " is not here; run from the odsim folder or give a scenario file");
        }
        if (seed != null && (seed < 0 || seed > Integer.MAX_VALUE)) throw new UserError("--seed: found " + seed + "; allowed 0 to " + Integer.MAX_VALUE);
        if (agents != null && (agents < 1 || agents > 50_000_000)) throw new UserError("--agents: found " + agents + "; allowed 1 to 50000000");
        int threadCount = RunOptions.threadCount(threads);
        if ((autoplayDays == null) != (screenshot == null)) throw new UserError("--autoplay-days and --screenshot go together");
        if (autoplayDays != null && autoplayDays < 1) throw new UserError("--autoplay-days: found " + autoplayDays + "; allowed 1 or more");
        Scenario scenario = ScenarioLoader.load(file);
        if (seed != null) scenario = scenario.withSeed(seed);
        if (agents != null) scenario = scenario.withAgents(agents);
        if (scenario.seed() > Integer.MAX_VALUE) {
            throw new UserError("the scenario's seed " + scenario.seed() + " is above " + Integer.MAX_VALUE + ", the largest MASON's Console keeps; give --seed");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no display: 'odsim gui' opens windows, and this session has none (DISPLAY is not set). "
                    + "On a server, run it under a virtual display: xvfb-run -a -s \"-screen 0 1400x900x24\" java -jar target/odsim.jar gui");
        }
        Classroom classroom;
        try {
            classroom = Classroom.open(scenario, threadCount, present);
        } catch (java.awt.AWTError | java.awt.HeadlessException | UnsatisfiedLinkError e) {
            throw new UserError("cannot open a window on display '" + System.getenv("DISPLAY") + "': " + e.getMessage());
        }
        if (replayCheckDays != null) {
            Classroom.ReplayCheck check = classroom.replayCheck(replayCheckDays, 600_000);
            var out = spec.commandLine().getOut();
            out.printf("replay check: %d days, overdose deaths %.0f then %.0f, identical: %s%n", check.days(), check.firstDeaths(),
                    check.secondDeaths(), check.identical());
            out.flush();
            return 0;
        }
        if (autoplayDays != null) {
            Classroom.Autoplay shown = classroom.autoplay(autoplayDays, screenshot, 600_000);
            var out = spec.commandLine().getOut();
            out.printf("autoplay: %d days, %d weeks charted, %.0f overdose deaths charted, charts window at %d,%d %dx%d, "
                    + "story of person %d with %d events, smallest text %.0f px, screenshot %s%n", shown.days(), shown.weeks(), shown.deaths(),
                    shown.charts().x, shown.charts().y, shown.charts().width, shown.charts().height, shown.storyPerson(), shown.storyEvents(),
                    shown.smallestText(), screenshot);
            out.flush();
            return 0;
        }
        classroom.awaitClosed();
        return 0;
    }
}
