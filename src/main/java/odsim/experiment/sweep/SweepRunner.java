package odsim.experiment.sweep;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import odsim.engine.OverdoseSim;
import odsim.scenario.Scenario;

/**
 * Runs the sweep's runs that a shard holds and the store lacks, on a pool of threads, each run
 * single-threaded. Threads take runs in order from a shared counter and store each as it
 * finishes; nothing is held once stored, so memory does not grow with the number of runs.
 * Results do not depend on the number of threads or the order runs finish in. With early
 * rejection ({@code rejectBeyond}), a history out of reach stops at the end of that year.
 */
public final class SweepRunner {
    /** Told after every stored run (from worker threads). */
    public interface Progress {
        void runStored(int run);
    }

    private SweepRunner() {}

    /** The runs of {@code shard} not yet stored whole in {@code store}, in increasing order (a damaged run file is removed). */
    public static int[] pending(Sweep sweep, RunStore store, Shard shard) {
        BitSet done = store.storedWhole(sweep, null);
        return java.util.stream.IntStream.range(0, sweep.runCount())
                .filter(run -> shard.contains(run) && !done.get(run)).toArray();
    }

    public static void run(Sweep sweep, RunStore store, int[] runs, int threads, Progress progress) {
        AtomicInteger next = new AtomicInteger();
        EarlyRejection rejection = EarlyRejection.of(sweep.file());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int cachedPoint = -1;
            Scenario scenario = null;
            while (failure.get() == null) {
                int k = next.getAndIncrement();
                if (k >= runs.length) return;
                int run = runs[k];
                try {
                    Point point = sweep.pointOf(run);
                    if (point.index() != cachedPoint) {
                        scenario = sweep.scenario(point);
                        cachedPoint = point.index();
                    }
                    int replication = sweep.replicationOf(run);
                    List<String> measures = sweep.file().measures();
                    if (rejection == null) {
                        store.write(run, RunRows.of(point, replication, OverdoseSim.run(scenario, replication, 1, null), measures));
                    } else {
                        EarlyRejection.Outcome o = rejection.run(scenario, replication);
                        store.write(run, o.target() == null ? RunRows.of(point, replication, o.result(), measures)
                                : RunRows.rejected(point, replication, o.result(), measures, o.rejectedIn(), o.target().measure()));
                    }
                    if (progress != null) progress.runStored(run);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    return;
                }
            }
        };
        int n = Math.max(1, Math.min(threads, runs.length));
        Thread[] pool = new Thread[n];
        for (int i = 0; i < n; i++) {
            pool[i] = new Thread(worker, "odsim-sweep-" + i);
            pool[i].setDaemon(true);
            pool[i].start();
        }
        try {
            for (Thread t : pool) t.join();
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
    }
}
