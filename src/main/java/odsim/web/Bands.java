package odsim.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import odsim.experiment.Replications;
import odsim.scenario.Scenario;

/**
 * The baselines' bands, computed once per scenario, size, horizon and seed, and shared by every
 * browser that asks for the same (a class all starting from one exercise waits for one band).
 * The most recent {@link #KEPT} are kept.
 */
final class Bands {
    static final int KEPT = 32;
    private final int replications;
    private final Map<String, CompletableFuture<Band>> bands = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Band>> eldest) {
            return size() > KEPT;
        }
    };

    Bands(int replications) {
        this.replications = replications;
    }

    int replications() {
        return replications;
    }

    /**
     * Hands {@code whenReady} the band of {@code baseline}: at once if known; when ready if another
     * job computes it; else computes it on this thread, calling {@code progress} with the
     * replications done.
     */
    void band(String id, Scenario baseline, java.util.function.IntConsumer progress, BiConsumer<Band, Throwable> whenReady) {
        String key = id + "|" + baseline.population().agents() + "|" + baseline.horizon() + "|" + baseline.seed();
        CompletableFuture<Band> mine = new CompletableFuture<>(), known;
        synchronized (bands) {
            known = bands.putIfAbsent(key, mine);
        }
        if (known != null) {
            known.whenComplete(whenReady);
            return;
        }
        mine.whenComplete(whenReady);
        try {
            int[] done = {0};
            var runs = Replications.run(baseline, replications, 1, r -> progress.accept(++done[0]), null);
            mine.complete(Band.of(baseline.name(), runs));
        } catch (RuntimeException | Error e) {
            synchronized (bands) {
                bands.remove(key, mine);
            }
            mine.completeExceptionally(e);
        }
    }
}
