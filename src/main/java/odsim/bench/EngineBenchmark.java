package odsim.bench;

import java.util.concurrent.TimeUnit;
import odsim.engine.OverdoseSim;
import odsim.results.Measure;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's whole day (every phase) with every mechanism and lever on
 * ({@link BenchScenarios#ALL_LEVERS}), at three sizes, on one thread and on two. One operation
 * is one day of {@code people} persons: ns per person-day = ms/op x 10^6 / people. As in
 * {@link DayBenchmark}, the simulation is rebuilt at day 0, outside the timed code, after
 * {@link DayBenchmark#WINDOW_DAYS} days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx8g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    private static final long SEED = 20150101L;

    @Param({"100000", "1000000", "10000000"})
    public int people;

    @Param({"1", "2"})
    public int threads;

    @Param({"all-levers"})
    public String scenario;

    private OverdoseSim engine;

    @Setup(Level.Trial)
    public void build() {
        rebuild();
    }

    /** Per invocation, so a rebuild is never timed (a day takes milliseconds here). */
    @Setup(Level.Invocation)
    public void rollOver() {
        if (engine.day() >= DayBenchmark.WINDOW_DAYS) rebuild();
    }

    private void rebuild() {
        tearDown();
        engine = new OverdoseSim(BenchScenarios.scenario(scenario, people), SEED, 0, threads);
        engine.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (engine != null) engine.finish();
        engine = null;
    }

    /** Steps one day and returns the living population it recorded, which depends on all of the day's work. */
    @Benchmark
    public double day() {
        int today = engine.day();
        engine.stepDay();
        return engine.recorded(Measure.POPULATION)[today];
    }
}
