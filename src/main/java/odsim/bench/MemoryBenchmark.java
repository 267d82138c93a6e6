package odsim.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import odsim.engine.OverdoseSim;
import odsim.engine.People;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory per person, measured by JMH: each operation starts a simulation of N people and one of
 * 2N people (every lever on, one day stepped) and reads the heap in use after full collections
 * (JMX) while each is alive; the difference over N is what one more person costs, whatever the
 * fixed overhead. Reported as JMH secondary results: {@code heapBytesPerPerson}, and
 * {@code columnBytesPerSlot} / {@code columnBytesPerPerson} computed from the columns' lengths.
 * {@code scenario=all-levers+entrants} adds the default entrants, for whom the columns reserve
 * room. The time JMH prints is only how long building the populations took, and its line for
 * each counter is the sum over the iterations: {@link MemoryReport} prints their mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx8g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MemoryBenchmark {
    @Param({"2000000"})
    public int people;

    @Param({"all-levers", "all-levers+entrants"})
    public String scenario;

    /** What one operation measured, in bytes (JMH averages these over the iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Bytes {
        public double heapBytesPerPerson, columnBytesPerSlot, columnBytesPerPerson;

        @Setup(Level.Iteration)
        public void clear() {
            heapBytesPerPerson = columnBytesPerSlot = columnBytesPerPerson = 0;
        }
    }

    @Benchmark
    public void perPerson(Bytes bytes) {
        long one = heldBy(scenario(scenario, people), null);
        long two = heldBy(scenario(scenario, 2 * people), bytes);
        bytes.heapBytesPerPerson = (two - one) / (double) people;
    }

    /** The bench scenario; "+entrants": with the default 2% a year over 11 years, for which the columns reserve room. */
    static Scenario scenario(String name, int people) {
        if (!name.endsWith("+entrants")) return BenchScenarios.scenario(name, people);
        return ScenarioLoader.parse("all-levers", "horizon: {start: 2015-01-01, end: 2025-12-31}\n", BenchScenarios.ALL_LEVERS)
                .withAgents(people);
    }

    /** Heap in use while a started simulation of the scenario is alive; its columns' bytes into {@code bytes} if given. */
    private static long heldBy(Scenario scenario, Bytes bytes) {
        long before = usedAfterGc();
        OverdoseSim sim = new OverdoseSim(scenario, 1L, 0, 1);
        sim.start();
        sim.stepDay();
        long during = usedAfterGc();
        if (bytes != null) {
            People p = sim.people();
            bytes.columnBytesPerSlot = p.columnBytes() / (double) p.capacity();
            bytes.columnBytesPerPerson = p.columnBytes() / (double) p.size();
        }
        sim.finish();
        if (sim.day() < 0) throw new AssertionError(); // keeps sim reachable until here
        return during - before;
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 3; k++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
