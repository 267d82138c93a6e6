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
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, CheckModelCommand.class, ParamsCommand.class, SweepCommand.class, FitCommand.class, MergeCommand.class, SlurmCommand.class, GuiCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
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
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory());
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** One line for a run that ran out of memory: how much Java had, and what to do. */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "odsim: error: out of memory (Java may use at most " + mb + " MB): give Java more memory "
                + "(java -Xmx8g -jar target/odsim.jar ...), or run fewer agents (--agents) or fewer threads (--threads)";
    }

    private static boolean causedByOutOfMemory(Throwable t) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
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
                for (String p : se.problems()) errors.println(errorLine(p));
                errors.flush();
                return BAD_INPUT;
            }
            if (ex instanceof UserError ue) {
                errors.println(errorLine(ue.getMessage()));
                errors.flush();
                return BAD_INPUT;
            }
            if (ex instanceof MachineError me) {
                errors.println(errorLine(me.getMessage()));
                errors.flush();
                return INTERNAL;
            }
            if (causedByOutOfMemory(ex)) {
                errors.println(outOfMemory());
                errors.flush();
                return INTERNAL;
            }
            errors.println("odsim: internal error: " + ex);
            ex.printStackTrace(errors);
            errors.flush();
            return INTERNAL;
        });
        // Mistyped commands and options: one line in the same form, with a "did you mean", not the usage text.
        cli.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter errors = ex.getCommandLine().getErr();
            String line = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                line += "; did you mean " + String.join(" or ", u.getSuggestions().stream().map(x -> "'" + x + "'").toList()) + "?";
            }
            errors.println(errorLine(line));
            errors.println("odsim: run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options");
            errors.flush();
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** The longest error line printed: a problem's place and what is allowed fit well within it. */
    static final int MAX_LINE = 1000;

    /** A problem as one line: prefixed, and cut to {@link #MAX_LINE} characters if it is longer. */
    static String errorLine(String problem) {
        String line = "odsim: error: " + problem.replace('\n', ' ');
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 40) + " ... (" + line.length() + " characters in all)";
    }
}
