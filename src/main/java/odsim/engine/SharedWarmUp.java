package odsim.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import odsim.scenario.Scenario;

/**
 * The warm-up scenarios compared share: replication r is warmed up once, under the baseline,
 * when a scenario first asks for it, and every scenario's replication r starts from it
 * ({@link OverdoseSim#startFrom}). A comparison with a warm-up then costs one warm-up per
 * replication, not one per scenario, and every policy starts from the same population on the
 * horizon's start. Kept in memory until the comparison ends (one copy of the people per
 * replication). Safe to ask from several threads: each replication is warmed up once.
 */
public final class SharedWarmUp {
    private final Scenario baseline;
    /** The scenario run r warms up under: the baseline, or over an ensemble the baseline with run r's parameter set. */
    private final IntFunction<Scenario> baselineOfRun;
    private final ConcurrentHashMap<Integer, FutureTask<WarmStart>> done = new ConcurrentHashMap<>();

    public SharedWarmUp(Scenario baseline) {
        this(baseline, r -> baseline);
    }

    /** A warm-up whose run r is stepped under {@code baselineOfRun.apply(r)} (the baseline under run r's parameter set). */
    public SharedWarmUp(Scenario baseline, IntFunction<Scenario> baselineOfRun) {
        this.baseline = baseline;
        this.baselineOfRun = baselineOfRun;
    }

    /** The scenario warmed up under. */
    public Scenario baseline() {
        return baseline;
    }

    /**
     * Replication {@code r}'s warm start, stepping its warm-up now if no scenario asked before
     * ({@code onDayDone} is then told of each day); null without a warm-up (nothing to share).
     */
    WarmStart replication(int r, int threads, IntConsumer onDayDone) {
        if (baseline.horizon().warmUpDays() == 0) return null;
        FutureTask<WarmStart> task = new FutureTask<>(() -> WarmStart.of(baselineOfRun.apply(r), r, threads, onDayDone));
        FutureTask<WarmStart> earlier = done.putIfAbsent(r, task);
        if (earlier == null) task.run();
        else task = earlier;
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a warm-up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether replication {@code r}'s warm-up has been asked for (and so stepped, or being stepped). */
    public boolean has(int r) {
        return done.containsKey(r);
    }
}
