package odsim.web;

import java.util.List;
import odsim.scenario.Scenario;

/**
 * A browser's run, checked: the scenario with the levers moved, the scenario as shipped at the
 * same size, horizon and seed (the baseline its band and report compare against), and the
 * {@code --set} assignments that made it, as {@code odsim run} takes them.
 */
record PreparedRun(ScenarioCatalog.Entry entry, Scenario scenario, Scenario baseline, List<String> sets) {
    long seed() {
        return scenario.seed();
    }

    int agents() {
        return scenario.population().agents();
    }

    /** The command line that gives the same results (replication 0, {@code series.csv} by month). */
    String command() {
        StringBuilder c = new StringBuilder("java -jar target/odsim.jar run ").append(quote(entry.file()))
                .append(" --replications 1 --seed ").append(seed()).append(" --agents ").append(agents());
        for (String s : sets) c.append(" --set ").append(quote(s));
        return c.toString();
    }

    /** Quoted for a POSIX shell where needed. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9._/=:,+-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
