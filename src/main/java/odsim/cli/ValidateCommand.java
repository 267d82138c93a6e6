package odsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFile;
import odsim.scenario.ComparisonLoader;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.YamlTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario, comparison and sweep files without running them: every problem in every file is listed, exit code 2 if any.",
            "Given a results folder of 'run' or 'compare', check that it is complete: every file as its manifest.csv says."})
final class ValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario, comparison or sweep files (YAML), or results folders")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                if (java.nio.file.Files.isDirectory(f)) {
                    List<String> problems = odsim.results.Manifest.check(f);
                    if (problems.isEmpty()) {
                        spec.commandLine().getOut().println(f + ": complete: every file as its manifest says");
                    } else {
                        bad++;
                        for (String p : problems) spec.commandLine().getErr().println(Main.errorLine(p));
                    }
                    continue;
                }
                if (ComparisonLoader.isComparisonFile(f)) {
                    // A comparison file: its own keys, then every scenario it names.
                    ComparisonLoader.Plan plan = ComparisonLoader.load(f);
                    odsim.scenario.Scenario baseline = ScenarioLoader.load(plan.baseline());
                    for (Path a : plan.alternatives()) ScenarioLoader.load(a);
                    // The ensemble it names: every set's values checked as the baseline's would be.
                    if (plan.ensemble() != null) odsim.scenario.Ensemble.read(plan.ensemble(), baseline);
                } else if (SweepFile.looksLikeSweep(YamlTree.read(f))) {
                    Sweep.of(SweepFile.load(f)); // and every level on its base
                } else {
                    ScenarioLoader.load(f);
                }
                spec.commandLine().getOut().println(f + ": ok");
            } catch (ScenarioException e) {
                bad++;
                for (String p : e.problems()) spec.commandLine().getErr().println(Main.errorLine(p));
            } catch (java.io.IOException e) {
                bad++;
                spec.commandLine().getErr().println(Main.errorLine(f + ": cannot read (" + e.getMessage() + ")"));
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return bad == 0 ? 0 : Main.BAD_INPUT;
    }
}
