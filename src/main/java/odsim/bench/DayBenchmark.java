package odsim.bench;

import java.util.concurrent.TimeUnit;
import odsim.engine.OverdoseSim;
import odsim.peer.MasonPeer;
import odsim.results.Measure;
import odsim.scenario.Scenario;
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
 * One simulated day of the whole population, engine against its MASON-tutorial peer
 * ({@link MasonPeer}), in the same run, with the levers off ({@code scenario=defaults}) and with
 * every lever on ({@code scenario=all-levers}). One operation is one day of {@code people} persons, so
 * ns per person-day is the score (ms/op) times 10^6 / people; {@link BenchReport} runs this
 * benchmark and prints that conversion and the speed-up.
 *
 * <p>Both models start from the same day-0 population and are rebuilt, outside the timed code,
 * once they have run {@link #WINDOW_DAYS} days. Without that the faster engine would run many
 * more simulated years than the peer within the same wall time, through a population thinned by
 * deaths (entrants are off), and be timed on cheaper days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx8g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DayBenchmark {
    /** Simulated days a model runs before it is rebuilt at day 0. */
    static final int WINDOW_DAYS = 365;
    private static final long SEED = 20150101L;

    @Param({"100000", "1000000"})
    public int people;

    @Param({"engine", "mason-peer"})
    public String model;

    /**
     * A {@link BenchScenarios} scenario: the defaults (levers off) or every lever on. The peer
     * implements every lever as the engine does (MasonPeerTest checks their series are equal),
     * so both models run both.
     */
    @Param({"defaults", "all-levers"})
    public String scenario;

    private Scenario built;
    private OverdoseSim engine;
    private MasonPeer peer;

    /** The named scenario with entrants off (the peer has none) and a horizon far beyond the window. */
    static Scenario scenario(String name, int people) {
        return BenchScenarios.scenario(name, people);
    }

    @Setup(Level.Trial)
    public void build() {
        built = scenario(scenario, people);
        rebuild();
    }

    /**
     * Per invocation, so a rebuild is never timed. JMH advises against invocation-level set-up
     * for operations under a millisecond; a day here takes 10 ms or more.
     */
    @Setup(Level.Invocation)
    public void rollOver() {
        int day = engine != null ? engine.day() : peer.day();
        if (day >= WINDOW_DAYS) rebuild();
    }

    private void rebuild() {
        tearDown();
        switch (model) {
            case "engine" -> {
                engine = new OverdoseSim(built, SEED, 0, 1);
                engine.start();
            }
            case "mason-peer" -> {
                peer = new MasonPeer(built, SEED);
                peer.start();
            }
            default -> throw new IllegalArgumentException("unknown model " + model);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (engine != null) engine.finish();
        if (peer != null) peer.finish();
        engine = null;
        peer = null;
    }

    /** Steps one day and returns the living population it recorded, which depends on all of the day's work. */
    @Benchmark
    public double day() {
        int today;
        if (engine != null) {
            today = engine.day();
            engine.stepDay();
            return engine.recorded(Measure.POPULATION)[today];
        }
        today = peer.day();
        peer.stepDay();
        return peer.recorded(Measure.POPULATION)[today];
    }
}
