package odsim.cli;

import odsim.scenario.ParameterReference;
import picocli.CommandLine.Command;

@Command(name = "params", mixinStandardHelpOptions = true,
        description = "Print every scenario parameter with its default, unit, allowed range and source, as Markdown.")
final class ParamsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(ParameterReference.markdown());
        spec.commandLine().getOut().flush();
    }
}
