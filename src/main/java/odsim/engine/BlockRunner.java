package odsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a phase's work over fixed blocks of people, on one thread or several. Blocks are the
 * same whatever the thread count, and every draw is keyed by person and day, so the results do
 * not depend on which thread ran which block.
 */
final class BlockRunner implements AutoCloseable {
    static final int BLOCK_SIZE = 8192;
    private final int threads;
    private final ExecutorService pool;

    BlockRunner(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "odsim-block");
            t.setDaemon(true);
            return t;
        });
    }

    static int blocks(int people) {
        return (people + BLOCK_SIZE - 1) / BLOCK_SIZE;
    }

    void forEachBlock(int blocks, IntConsumer body) {
        if (pool == null || blocks == 1) {
            for (int b = 0; b < blocks; b++) body.accept(b);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) body.accept(b);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(workers)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
