package odsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import odsim.engine.OverdoseSim;
import odsim.scenario.Scenario;

/**
 * Memory per person, measured: the heap in use (JMX {@link MemoryMXBean}, after full
 * collections) with a started simulation of N people and of 2N people; the difference over N is
 * what one more person costs, whatever the fixed overhead. Also prints the bytes of the
 * people's columns per slot and per person, computed from the arrays' lengths. Run with
 * {@code java -Xmx4g -cp target/odsim.jar odsim.bench.MemoryReport [N]} (default 1,000,000).
 */
public final class MemoryReport {
    private MemoryReport() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (String name : new String[] {"all-levers", "all-levers+entrants"}) {
            long one = heldBy(scenario(name, n));
            long two = heldBy(scenario(name, 2 * n));
            OverdoseSim sim = new OverdoseSim(scenario(name, n), 1L, 0, 1);
            sim.start();
            sim.stepDay();
            var p = sim.people();
            System.out.printf(Locale.ROOT, "%-20s N=%,d: heap per person %.1f bytes ((heap(2N) - heap(N)) / N); columns %.1f bytes per slot, "
                    + "%.1f per person after day 0 (%,d slots for %,d people)%n", name, n, (two - one) / (double) n,
                    p.columnBytes() / (double) p.capacity(), p.columnBytes() / (double) p.size(), p.capacity(), p.size());
            sim.finish();
        }
    }

    /** The bench scenario; "+entrants": with the default 2% a year over 11 years, for which the columns reserve room. */
    private static Scenario scenario(String name, int people) {
        Scenario s = BenchScenarios.scenario("all-levers", people);
        if (!name.endsWith("+entrants")) return s;
        return odsim.scenario.ScenarioLoader.parse("all-levers", "population: {agents: " + people + "}\n"
                + "horizon: {start: 2015-01-01, end: 2025-12-31}\n", BenchScenarios.ALL_LEVERS);
    }

    /** Heap in use while a started simulation of the scenario is alive. */
    private static long heldBy(Scenario scenario) {
        long before = usedAfterGc();
        OverdoseSim sim = new OverdoseSim(scenario, 1L, 0, 1);
        sim.start();
        sim.stepDay();
        long during = usedAfterGc();
        sim.finish();
        if (sim.day() < 0) throw new AssertionError(); // keeps sim reachable until here
        return during - before;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int k = 0; k < 3; k++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
