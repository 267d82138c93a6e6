package odsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import odsim.engine.OverdoseSim;
import odsim.engine.SharedWarmUp;
import odsim.results.RunResult;
import odsim.scenario.Ensemble;
import odsim.scenario.Scenario;

/**
 * Runs replications of one scenario on a pool of threads. Replication r always uses the seed
 * {@link OverdoseSim#replicationSeed}(seed, r), in every scenario, which gives comparisons common
 * random numbers. When there are fewer replications than threads, the spare threads step blocks
 * of people inside each replication; results are identical either way.
 */
public final class Replications {
    private Replications() {}

    /**
     * @param onFinished called with each replication as it finishes (from worker threads)
     * @param onDayDone called after every simulated day of any replication, warm-up included (for progress)
     * @return the replications in order
     */
    public static List<RunResult> run(Scenario scenario, int replications, int threads,
                                      Consumer<RunResult> onFinished, IntConsumer onDayDone) {
        return run(scenario, replications, threads, onFinished, onDayDone, null);
    }

    /**
     * {@link #run(Scenario, int, int, Consumer, IntConsumer)}, each replication starting from
     * {@code warmUp}'s (a comparison's shared warm-up) if not null.
     */
    public static List<RunResult> run(Scenario scenario, int replications, int threads,
                                      Consumer<RunResult> onFinished, IntConsumer onDayDone, SharedWarmUp warmUp) {
        return run(scenario, replications, threads, onFinished, onDayDone, warmUp, null);
    }

    /**
     * {@link #run(Scenario, int, int, Consumer, IntConsumer, SharedWarmUp)}, run r under
     * {@code ensemble}'s parameter set for r (if not null): with K sets, {@code replications} =
     * K x R gives every set R replications, paired across scenarios as any replication is.
     */
    public static List<RunResult> run(Scenario scenario, int replications, int threads, Consumer<RunResult> onFinished,
                                      IntConsumer onDayDone, SharedWarmUp warmUp, Ensemble ensemble) {
        int parallel = Math.max(1, Math.min(replications, threads));
        int inner = Math.max(1, threads / parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "odsim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                int rep = r;
                futures.add(pool.submit(() -> {
                    Scenario underSet = ensemble == null ? scenario : ensemble.scenarioFor(scenario, rep);
                    RunResult result = OverdoseSim.run(underSet, rep, inner, onDayDone, warmUp);
                    if (onFinished != null) onFinished.accept(result);
                    return result;
                }));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
