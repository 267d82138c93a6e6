package odsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFile;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.YamlTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario and sweep files without running them: every problem in every file is listed, exit code 2 if any.")
final class ValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario or sweep files (YAML); a sweep file has 'base' and 'parameters'")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                if (SweepFile.looksLikeSweep(YamlTree.read(f))) {
                    Sweep s = Sweep.of(SweepFile.load(f));
                    spec.commandLine().getOut().println(f + ": ok (sweep of " + s.points().size() + " points, " + s.runCount() + " runs)");
                } else {
                    ScenarioLoader.load(f);
                    spec.commandLine().getOut().println(f + ": ok");
                }
            } catch (ScenarioException e) {
                bad++;
                for (String p : e.problems()) spec.commandLine().getErr().println("odsim: error: " + p);
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return bad == 0 ? 0 : Main.BAD_INPUT;
    }
}
