package odsim.cli;

import java.io.PrintWriter;
import odsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code odsim} command: exit 0 on success, 2 on bad input, 1 on an internal failure. */
@Command(name = "odsim", mixinStandardHelpOptions = true, version = "odsim 0.1.0",
        description = {
            "odsim: an agent-based simulation of overdose policy.",
            "People who use opioids live day by day through pain, a volatile street",
            "supply, tolerance, treatment, custody and overdoses; results are deaths,",
            "overdoses and costs over time.",
            ""},
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, ParamsCommand.class, SweepCommand.class, FitCommand.class, MergeCommand.class, SlurmCommand.class, GuiCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'odsim help COMMAND' for a command's options.",
            "Every scenario parameter: scenarios/README.md or 'odsim params'."})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output and errors sent to the given writers (tests use this). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            if (ex instanceof ScenarioException se) {
                for (String p : se.problems()) errors.println("odsim: error: " + p);
                errors.flush();
                return BAD_INPUT;
            }
            if (ex instanceof UserError ue) {
                errors.println("odsim: error: " + ue.getMessage());
                errors.flush();
                return BAD_INPUT;
            }
            errors.println("odsim: internal error: " + ex);
            ex.printStackTrace(errors);
            errors.flush();
            return INTERNAL;
        });
        return cli.execute(args);
    }
}
